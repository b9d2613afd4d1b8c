// Browser geolocation for the profile form (paid tiers). Always resolves; never rejects.
export function getPosition() {
  return new Promise((resolve) => {
    if (!("geolocation" in navigator)) {
      resolve({ ok: false, error: "This browser cannot share its location." });
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ ok: true, latitude: p.coords.latitude, longitude: p.coords.longitude, error: null }),
      (e) => resolve({ ok: false, error: e.code === 1 ? "Location permission was denied." : "Your location could not be determined." }),
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  });
}
