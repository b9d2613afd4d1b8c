// The first field of the page's content marked wrong takes the focus and comes to the middle of the screen, after the frame
// that drew the errors: a field that says so (aria-invalid), else a box inside MudBlazor's error class (never an
// adornment's tabindex="-1" text, which comes first in the markup), else the button of a file field with an error
// (UploadField: a listing refused for want of files).
export function focusFirstError() {
    requestAnimationFrame(() => {
        const field = document.querySelector('#main [aria-invalid="true"]') ?? document.querySelector(
            '#main .mud-input-error :is(input, textarea, select, [tabindex]:not([tabindex="-1"]))')
            ?? document.querySelector('#main [data-upload-invalid] button');
        if (!field) return;
        field.focus({ preventScroll: true });
        field.scrollIntoView({ block: 'center' });
    });
}
