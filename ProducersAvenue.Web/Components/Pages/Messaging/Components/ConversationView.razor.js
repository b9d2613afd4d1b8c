// Keeps the newest message in view: scrolls the conversation to its end (after sending, or when a message arrives).
export function scrollToEnd(element) {
    if (!element) return;
    element.scrollTop = element.scrollHeight;
    followGrowth(element);
}

// An image or a player that finishes loading after that jump makes the thread taller, and left the newest message half
// under the message box: while the member is at the end (they have not scrolled up to read), the end is followed. The
// load events do not bubble, so they are caught on the way down.
const followed = new WeakSet();
function followGrowth(element) {
    if (followed.has(element)) return;
    followed.add(element);
    let atEnd = true;
    element.addEventListener("scroll", () => {
        atEnd = element.scrollHeight - element.scrollTop - element.clientHeight < 64;
    }, { passive: true });
    const follow = () => {
        if (atEnd) element.scrollTop = element.scrollHeight;
    };
    element.addEventListener("load", follow, true);
    element.addEventListener("loadedmetadata", follow, true);
}

// Whether the member can see the page now: not a tab in the background, not a minimised window (decision 273). The view
// asks before it marks another member's message read; that the answer comes at all says the browser is still there.
export function isInSight() {
    return document.visibilityState === "visible";
}

// Tells the view when the page comes into sight again, so that what arrived while it was hidden is read then.
export function watchVisibility(view, method) {
    const shown = () => {
        if (isInSight()) view.invokeMethodAsync(method).catch(() => { /* the view or its circuit is gone */ });
    };
    document.addEventListener("visibilitychange", shown);
    return { dispose: () => document.removeEventListener("visibilitychange", shown) };
}
