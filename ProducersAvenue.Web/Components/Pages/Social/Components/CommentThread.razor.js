// The comment a link names (#comment-…) comes to the screen once the circuit has drawn it: the prerendered page lacks it
// when it lies past the first page of threads, and the router's own scroll to the fragment runs before the thread loads.
export function reveal(id) {
    requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView({ block: 'center' }));
}

// A deleted comment took the focus with it: the comment now in its place takes it (read whole, as a deleted post's
// neighbour is), or the box for a new comment when none is left.
export function focusAfterDelete(id) {
    const comment = id ? document.getElementById(id) : null;
    const target = comment ?? document.querySelector('#comments textarea');
    if (!target) return;
    if (target === comment && !comment.hasAttribute('tabindex')) comment.tabIndex = -1;
    target.focus();
}
