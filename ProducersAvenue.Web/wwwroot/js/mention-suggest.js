// The list of members to mention under the line being typed in a text box marked data-pa-mentions (the post box, the comment boxes, the message
// box: decision 255), loaded by MainLayout.razor.js when such a box is first focused. The box keeps the focus throughout:
// the list is a listbox the box points at (aria-controls, aria-activedescendant), as a combobox's list is, and a polite
// status says how many members it offers. The members come from GET /mentions/suggest (MentionEndpoints.cs), asked once
// per pause in the typing: an idle page, and its circuit, hold nothing for it.

// "@" at a word boundary (as TokenBoundary.cs: not after a letter, digit or one of / \ @ # & . - = + % $ ` :) and up to
// 30 username characters, right before the caret.
const Typed = /(?<![\p{L}\p{N}_\/\\@#&.\-=+%$`:])@([A-Za-z0-9_.]{1,30})$/u;
const Pause = 150;
let lists = 0;

// The box's styles that decide where its text wraps and how tall its lines are, copied onto the mirror of caretAt.
const Copied = ["boxSizing", "width", "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth", "borderStyle",
    "paddingTop", "paddingRight", "paddingBottom", "paddingLeft", "fontStyle", "fontVariant", "fontWeight", "fontStretch", "fontSize",
    "fontFamily", "lineHeight", "letterSpacing", "wordSpacing", "textIndent", "textTransform", "tabSize"];

// Where the character at index sits in the box (a textarea does not say where its caret is): the text before it drawn in
// a hidden copy of the box, with its font, padding and wrapping, and a mark after it. The mark's place, less what the box
// has scrolled, is the character's, from the box's top left corner.
function caretAt(box, index) {
    const style = getComputedStyle(box);
    const mirror = document.createElement("div");
    for (const property of Copied) mirror.style[property] = style[property];
    Object.assign(mirror.style, { position: "absolute", top: "0", left: "-9999px", visibility: "hidden", height: "auto",
        overflow: "hidden", whiteSpace: "pre-wrap", overflowWrap: "break-word" });
    mirror.textContent = box.value.slice(0, index);
    const mark = document.createElement("span");
    mark.textContent = box.value.slice(index, index + 1) || "@";
    mirror.append(mark);
    document.body.append(mirror);
    const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4;
    const place = {
        left: parseFloat(style.borderLeftWidth) + mark.offsetLeft - box.scrollLeft,
        top: parseFloat(style.borderTopWidth) + mark.offsetTop - box.scrollTop,
        height: line,
    };
    mirror.remove();
    return place;
}

async function suggest(typed) {
    const response = await fetch(`/mentions/suggest?q=${encodeURIComponent(typed)}`, { headers: { Accept: "application/json" }, credentials: "same-origin" });
    if (!response.ok || !(response.headers.get("content-type") ?? "").includes("json")) return [];
    return (await response.json()).members ?? [];
}

export function attach(box) {
    if (!(box instanceof HTMLTextAreaElement) || box.dataset.mentions) return;
    box.dataset.mentions = "true";

    const list = document.createElement("ul");
    list.id = `pa-mentions-${++lists}`;
    list.className = "pa-mention-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Members to mention");
    list.hidden = true;
    const status = document.createElement("span");
    status.className = "pa-sr-only";
    status.setAttribute("role", "status");
    document.body.append(list, status);
    box.setAttribute("aria-autocomplete", "list");
    box.setAttribute("aria-controls", list.id);

    let members = [], active = -1, at = -1, asked = 0, timer = 0;

    const close = () => {
        clearTimeout(timer);
        asked++;
        if (list.hidden) return;
        list.hidden = true;
        list.replaceChildren();
        members = [];
        active = -1;
        box.removeAttribute("aria-activedescendant");
        status.textContent = "";
    };

    const highlight = index => {
        active = index;
        [...list.children].forEach((item, i) => item.setAttribute("aria-selected", i === index ? "true" : "false"));
        if (index < 0) box.removeAttribute("aria-activedescendant");
        else {
            box.setAttribute("aria-activedescendant", list.children[index].id);
            list.children[index].scrollIntoView({ block: "nearest" });
        }
    };

    const choose = index => {
        const member = members[index];
        if (!member || at < 0) return close();
        const caret = box.selectionStart;
        const mention = `@${member.username} `;
        box.value = box.value.slice(0, at) + mention + box.value.slice(caret).replace(/^ /, "");
        const after = at + mention.length;
        box.setSelectionRange(after, after);
        close();
        // Blazor's bindings read the box on these events (the post box on input, a MudTextField on change).
        box.dispatchEvent(new Event("input", { bubbles: true }));
        box.dispatchEvent(new Event("change", { bubbles: true }));
    };

    const show = found => {
        members = found;
        if (members.length === 0) return close();
        list.replaceChildren(...members.map((member, i) => {
            const item = document.createElement("li");
            item.id = `${list.id}-${i}`;
            item.className = "pa-mention-item";
            item.setAttribute("role", "option");
            item.setAttribute("aria-selected", "false");
            const avatar = document.createElement("span");
            avatar.className = "pa-mention-avatar";
            avatar.setAttribute("aria-hidden", "true");
            if (member.avatarUrl && /^(\/|https:\/\/)/.test(member.avatarUrl)) {
                const image = document.createElement("img");
                image.src = member.avatarUrl;
                image.alt = "";
                avatar.append(image);
            } else avatar.textContent = (member.name || member.username).charAt(0).toUpperCase();
            const name = document.createElement("span");
            name.className = "pa-mention-name";
            name.textContent = member.name;
            const username = document.createElement("span");
            username.className = "pa-mention-username";
            username.textContent = `@${member.username}`;
            const names = document.createElement("span");
            names.className = "pa-mention-names";
            names.append(name, username);
            item.append(avatar, names);
            // The box keeps the focus: the press chooses before the box would blur.
            item.addEventListener("mousedown", e => { e.preventDefault(); choose(i); });
            return item;
        }));
        const around = box.getBoundingClientRect();
        // Under the line being typed, from the "@" (kept within the box where the line has scrolled out of it), as wide as
        // the box within 240–360 px, moved left where it would pass the screen's edge (a phone's message box).
        const caret = caretAt(box, at);
        const lineTop = Math.min(Math.max(around.top + caret.top, around.top), around.bottom);
        const lineBottom = Math.min(Math.max(around.top + caret.top + caret.height, around.top), around.bottom);
        const width = Math.min(Math.max(around.width, 240), 360, document.documentElement.clientWidth - 16);
        const left = Math.max(8, Math.min(around.left + caret.left, document.documentElement.clientWidth - width - 8));
        list.style.width = `${width}px`;
        list.style.left = `${left + window.scrollX}px`;
        list.hidden = false;
        // Under the line, or over it where the screen ends first (a conversation's box sits at the bottom).
        const below = window.innerHeight - lineBottom, above = lineTop;
        list.style.top = below < list.offsetHeight + 8 && above > below
            ? `${lineTop + window.scrollY - list.offsetHeight - 2}px`
            : `${lineBottom + window.scrollY + 2}px`;
        highlight(0);
        status.textContent = members.length === 1 ? "1 member to mention: arrows to move, Enter to choose"
            : `${members.length} members to mention: arrows to move, Enter to choose`;
    };

    const update = () => {
        const caret = box.selectionStart;
        const match = caret === box.selectionEnd ? Typed.exec(box.value.slice(Math.max(0, caret - 40), caret)) : null;
        if (!match) return close();
        at = caret - match[0].length;
        const typed = match[1];
        const question = ++asked;
        clearTimeout(timer);
        timer = setTimeout(async () => {
            let found = [];
            try { found = await suggest(typed); } catch { found = []; }
            if (question === asked && document.activeElement === box && box.isConnected) show(found);
        }, Pause);
    };

    box.addEventListener("input", e => { if (e.isTrusted) update(); });
    box.addEventListener("click", update);
    box.addEventListener("blur", close);
    // A box the page takes away (a conversation closed, a reply box cancelled) takes its list and status along.
    const gone = new MutationObserver(() => {
        if (box.isConnected) return;
        gone.disconnect();
        list.remove();
        status.remove();
    });
    gone.observe(document.body, { childList: true, subtree: true });
    // Capture, so that while the list is open Enter chooses rather than sends (the message box's own Enter handler).
    box.addEventListener("keydown", e => {
        if (list.hidden || e.isComposing) return;
        if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            const step = e.key === "ArrowDown" ? 1 : -1;
            highlight((active + step + members.length) % members.length);
        } else if ((e.key === "Enter" || e.key === "Tab") && !e.shiftKey && active >= 0) {
            choose(active);
        } else if (e.key === "Escape") {
            close();
        } else return;
        e.preventDefault();
        e.stopImmediatePropagation();
    }, { capture: true });
    // What was typed while this script loaded (the first keys after the box took the focus) is read now.
    if (document.activeElement === box) update();
}
