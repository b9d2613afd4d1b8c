// The last row of a seller's list was deleted: the list's heading takes the focus (the page's h1 when no id is given),
// so the next Tab goes on from there, not from the page's start.
export function focusHeading(id) {
    const heading = (id && document.getElementById(id)) || document.querySelector('main h1');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus();
}

// A row paused or published: the button now in the state slot (Publish after Pause, and back) takes the focus, or the row
// itself when the slot holds none (a sold exclusive).
export function focusStateButton(row) {
    (row.querySelector('button.pa-seller-state-slot') ?? row).focus();
}
