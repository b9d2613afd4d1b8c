// Keeps the newest message in view: scrolls the conversation to its end (after sending, or when a message arrives).
export function scrollToEnd(element) {
    if (element) element.scrollTop = element.scrollHeight;
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
