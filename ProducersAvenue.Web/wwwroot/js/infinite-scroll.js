// Infinite scroll for feeds: calls the component's [JSInvokable] method (which answers whether more pages remain) when the sentinel element comes near the
// viewport. Returns a handle whose dispose() stops observing (the component calls it when it goes away).
export function observe(sentinel, dotNet, method) {
  if (!sentinel || !("IntersectionObserver" in window)) return { dispose() {} };
  let busy = false;
  const observer = new IntersectionObserver(async (entries) => {
    if (busy || !entries.some((e) => e.isIntersecting)) return;
    busy = true;
    let more = false;
    try {
      more = await dotNet.invokeMethodAsync(method);
    } catch {
      // The circuit went away or the load failed; the "Load more" button stays as the fallback.
    } finally {
      busy = false;
    }
    if (more) {
      // Observing again reports the current state: a short page that leaves the sentinel in view loads the next one.
      observer.unobserve(sentinel);
      observer.observe(sentinel);
    }
  }, { rootMargin: "0px 0px 400px 0px" });
  observer.observe(sentinel);
  return { dispose() { observer.disconnect(); } };
}
