// Backspace in a taxonomy picker's empty box removes its last chip, as tag inputs do. A held key does not go on removing
// once the text is gone: only a fresh press in an empty box counts.
export function listen(root, picker) {
    root.addEventListener('keydown', event => {
        if (event.key !== 'Backspace' || event.repeat || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
        const box = event.target;
        if (!(box instanceof HTMLInputElement) || !root.contains(box) || box.value !== '') return;
        picker.invokeMethodAsync('RemoveLastAsync');
    });
}
