"""One pure function per pipeline stage: input event (+ looked-up data) → output event."""
