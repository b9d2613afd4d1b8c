// The comment a link names (#comment-…) comes to the screen once the circuit has drawn it: the prerendered page lacks it
// when it lies past the first page of threads, and the router's own scroll to the fragment runs before the thread loads.
export function reveal(id) {
    requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView({ block: 'center' }));
}
