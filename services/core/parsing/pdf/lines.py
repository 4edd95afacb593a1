"""One line of text on a page, with its box in PDF points: what every reader module works on."""

from __future__ import annotations

from dataclasses import dataclass

SHORT = 70  # characters: longer lines are prose, not labels, titles or table cells

@dataclass(frozen=True)
class TextLine:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 1.0)
