// Enter sends the message box's form; Shift+Enter (and Enter while composing an IME character) makes a new line.
export function enterSends(box) {
    if (!box || box.dataset.enterSends) return;
    box.dataset.enterSends = "true";
    box.addEventListener("keydown", e => {
        if (e.key !== "Enter" || e.shiftKey || e.isComposing) return;
        e.preventDefault();
        box.form?.requestSubmit();
    });
}
