// Progressive enhancement only: every page works without this file.
// A click anywhere on a result row opens its invoice (the number stays the real, focusable link).
document.addEventListener("DOMContentLoaded", () => {
  for (const row of document.querySelectorAll("table.results tbody tr")) {
    const link = row.querySelector("a[href^='/ui/invoices/']");
    if (!link) continue;
    row.dataset.href = link.getAttribute("href");
    row.addEventListener("click", (event) => {
      if (event.target.closest("a, button, input")) return;
      window.location.assign(row.dataset.href);
    });
  }
});
