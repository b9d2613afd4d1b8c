using Microsoft.Playwright;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>Choosing files on a Blazor <c>InputFile</c>.</summary>
public static class FileInputs
{
    /// <summary>
    /// Waits until Blazor has wired the input (its JS <c>init</c> runs after the first render and listens for
    /// <c>change</c>), then chooses the files. Choosing earlier fires a change nobody hears, and the upload never starts.
    /// </summary>
    public static async Task ChooseFilesAsync(this ILocator input, params FilePayload[] files)
    {
        await input.Page.WaitForFunctionAsync(
            "el => el.isConnected && el._blazorInputFileNextFileId !== undefined", await input.ElementHandleAsync());
        await input.SetInputFilesAsync(files);
    }
}
