// The waveform player's behaviour (Components/Shared/Audio/WaveformPlayer.razor): one set of listeners on the document
// serves every player on the page, including players that arrive later (feeds load pages as they scroll). The markup
// is Blazor's; this script only sets data-state, aria values, a style property and the elapsed time's text, none of
// which Blazor renders, so a re-render never undoes them. Starting one player pauses every other.
const SEEK_STEP_SECONDS = 5;
let enabled = false;

// The layout's script loads this module when a player is first reached (pointer down, focus: decision 145); a click or a
// key that came before it had loaded is handed over here once it has.
export function handle(event) {
  enable();
  if (event.type === "click") onClick(event);
  else if (event.type === "keydown") onKeyDown(event);
}

export function enable() {
  if (enabled) return;
  enabled = true;
  document.addEventListener("click", onClick);
  document.addEventListener("keydown", onKeyDown);
  // Media events do not bubble: listen in the capture phase.
  document.addEventListener("play", onPlay, true);
  document.addEventListener("pause", onStop, true);
  document.addEventListener("ended", onStop, true);
  document.addEventListener("timeupdate", onTime, true);
  document.addEventListener("loadedmetadata", onTime, true);
}

const playerOf = (element) => element instanceof Element ? element.closest("[data-pa-wave]") : null;
const audioOf = (player) => player.querySelector("audio[data-pa-wave-audio]");

function durationOf(player) {
  const audio = audioOf(player);
  if (audio && Number.isFinite(audio.duration) && audio.duration > 0) return audio.duration;
  return Number(player.dataset.durationMs || 0) / 1000;
}

function onClick(event) {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return;
  const button = target.closest("[data-pa-wave-play]");
  if (button) {
    toggle(playerOf(button));
    return;
  }
  const track = target.closest("[data-pa-wave-seek]");
  if (track) {
    const box = track.getBoundingClientRect();
    if (box.width <= 0) return;
    const fraction = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
    const player = playerOf(track);
    seek(player, fraction * durationOf(player));
  }
}

function onKeyDown(event) {
  const target = event.target instanceof Element ? event.target : null;
  if (!target || !target.matches("[data-pa-wave-seek]")) return;
  const player = playerOf(target);
  const audio = audioOf(player);
  const now = audio ? audio.currentTime : 0;
  const duration = durationOf(player);
  let to;
  switch (event.key) {
    case "ArrowRight": case "ArrowUp": to = now + SEEK_STEP_SECONDS; break;
    case "ArrowLeft": case "ArrowDown": to = now - SEEK_STEP_SECONDS; break;
    case "PageUp": to = now + duration / 10; break;
    case "PageDown": to = now - duration / 10; break;
    case "Home": to = 0; break;
    case "End": to = duration; break;
    case " ": case "Enter": event.preventDefault(); toggle(player); return;
    default: return;
  }
  event.preventDefault();
  seek(player, to);
}

function toggle(player) {
  const audio = player && audioOf(player);
  if (!audio) return;
  if (audio.paused) audio.play().catch(() => { /* refused (no file, no gesture): stays paused */ });
  else audio.pause();
}

function seek(player, seconds) {
  const audio = player && audioOf(player);
  if (!audio) return;
  const duration = durationOf(player);
  const to = Math.min(Math.max(0, seconds), duration > 0 ? duration : Math.max(0, seconds));
  // Before the file loads this becomes the position playback starts from.
  audio.currentTime = to;
  draw(player, to);
}

function onPlay(event) {
  const player = playerOf(event.target);
  if (!player) return;
  for (const other of document.querySelectorAll("audio[data-pa-wave-audio]")) {
    if (other !== event.target && !other.paused) other.pause();
  }
  setState(player, "playing");
}

function onStop(event) {
  const player = playerOf(event.target);
  if (player) setState(player, "paused");
}

function onTime(event) {
  const player = playerOf(event.target);
  if (player) draw(player, event.target.currentTime);
}

function setState(player, state) {
  player.dataset.state = state;
  const button = player.querySelector("[data-pa-wave-play]");
  if (button) button.setAttribute("aria-label", state === "playing" ? button.dataset.labelPause : button.dataset.labelPlay);
}

function clock(seconds) {
  const s = Math.floor(Math.max(0, seconds));
  const pad = (n) => String(n).padStart(2, "0");
  return s >= 3600 ? `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}` : `${Math.floor(s / 60)}:${pad(s % 60)}`;
}

function draw(player, seconds) {
  const duration = durationOf(player);
  const fraction = duration > 0 ? Math.min(1, seconds / duration) : 0;
  player.style.setProperty("--pa-wave-progress", `${(fraction * 100).toFixed(2)}%`);
  const elapsed = player.querySelector("[data-pa-wave-elapsed]");
  // Change the text node Blazor made rather than replacing it.
  if (elapsed && elapsed.firstChild) elapsed.firstChild.nodeValue = clock(seconds);
  const total = player.querySelector("[data-pa-wave-total]");
  if (total && total.firstChild && duration > 0) total.firstChild.nodeValue = clock(duration);
  const track = player.querySelector("[data-pa-wave-seek]");
  if (track) {
    track.setAttribute("aria-valuenow", String(Math.floor(seconds)));
    if (duration > 0) track.setAttribute("aria-valuemax", String(Math.floor(duration)));
    track.setAttribute("aria-valuetext", `${clock(seconds)} of ${duration > 0 ? clock(duration) : "unknown"}`);
  }
}
