using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Storage;

/// <summary>
/// The one path for files that are not public (product files, order deliveries, message attachments): stored under
/// <c>private-{kind}/{uploader}/…</c>, never served by the public <c>/files/{key}</c>, downloaded only through a
/// short-lived link (<see cref="StorageOptions.PrivateLinkMinutes"/>) that is signed, bound to the member it was made
/// for, and checked again against the kind's <see cref="IPrivateFileRule"/> on every download (docs/decisions/015).
/// </summary>
public sealed class PrivateFiles(
    IFileStorage storage, IDataProtectionProvider protection, IEnumerable<IPrivateFileRule> rules, ICurrentUser user,
    TimeProvider clock, IOptions<StorageOptions> options)
{
    public const string LinkPrefix = "/files/private/";
    private readonly IDataProtector _links = protection.CreateProtector("ProducersAvenue.PrivateFiles.Link.v1");

    /// <summary>Stores a file of <paramref name="kind"/> for the signed-in member (validate its bytes first).</summary>
    public async Task<Result<StoredFile>> SaveAsync(string kind, string extension, string contentType, Stream content, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await storage.SaveAsync($"{PrivateFileKey.FolderPrefix}{kind}/{me:N}", extension, contentType, content, cancellationToken);
    }

    /// <summary>
    /// A download link for the signed-in member, or null when they may not read the file. <paramref name="downloadName"/>
    /// is the name the browser saves it as (a product's slug, an attachment's own name); keys are random, so without it
    /// the file is saved under its key's name. The name travels inside the signed link.
    /// </summary>
    public async Task<string?> LinkAsync(string key, string? downloadName = null, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me || PrivateFileKey.Parse(key) is not { } file || !await MayReadAsync(file, cancellationToken)) return null;
        var expires = clock.GetUtcNow().AddMinutes(options.Value.PrivateLinkMinutes).ToUnixTimeSeconds();
        var token = _links.Protect(Encoding.UTF8.GetBytes($"{me:N}|{expires}|{key}|{DownloadName.Clean(downloadName, key)}"));
        return LinkPrefix + Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(token);
    }

    /// <summary>The file behind a link, when the link is genuine, unexpired, made for this member, and they may still read it.</summary>
    public async Task<PrivateFileDownload?> OpenAsync(string token, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me || ReadLink(token) is not var (owner, expires, key, name) || owner != me) return null;
        if (clock.GetUtcNow().ToUnixTimeSeconds() > expires || PrivateFileKey.Parse(key) is not { } file) return null;
        if (!await MayReadAsync(file, cancellationToken)) return null;
        return await storage.OpenReadAsync(key, cancellationToken) is { } stream ? new PrivateFileDownload(stream, key, name) : null;
    }

    private async Task<bool> MayReadAsync(PrivateFileKey file, CancellationToken cancellationToken)
    {
        if (user.IsAdmin || file.Owner == user.UserId) return true;
        return rules.FirstOrDefault(r => r.Kind == file.Kind) is { } rule && await rule.MayReadAsync(user, file, cancellationToken);
    }

    private (Guid Member, long Expires, string Key, string Name)? ReadLink(string token)
    {
        try
        {
            // The key is the app's own (no '|'); the download name comes last and may hold anything.
            var parts = Encoding.UTF8.GetString(_links.Unprotect(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(token))).Split('|', 4);
            return parts.Length == 4 && Guid.TryParseExact(parts[0], "N", out var member) && long.TryParse(parts[1], out var expires)
                ? (member, expires, parts[2], parts[3])
                : null;
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return null; // forged, tampered or from another installation's keys
        }
    }
}
