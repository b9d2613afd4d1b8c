// Keeps the newest message in view: scrolls the conversation to its end (after sending, or when a message arrives).
export function scrollToEnd(element) {
    if (element) element.scrollTop = element.scrollHeight;
}
