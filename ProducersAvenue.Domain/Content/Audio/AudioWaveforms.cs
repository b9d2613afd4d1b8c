using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Content.Audio;

/// <summary>
/// Stored waveforms by file key: written by the uploader once the file is stored (the row's policy lets a member write
/// only keys in their own folder), read by anyone who can see the file.
/// </summary>
public sealed class AudioWaveforms(UnitOfWork units, IDbContextFactory<AppDbContext> contexts, ICurrentUser user)
{
    /// <summary>Records the waveform of the current member's stored file <paramref name="fileKey"/>.</summary>
    public async Task<Result> SaveAsync(string fileKey, Waveform waveform, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            db.AudioWaveforms.Add(new AudioWaveform { FileKey = fileKey, UserId = me, DurationMs = waveform.DurationMs, Peaks = waveform.Peaks });
            await db.SaveChangesAsync(ct);
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>The waveforms of those of <paramref name="fileKeys"/> that have one, in one query.</summary>
    public async Task<IReadOnlyDictionary<string, Waveform>> ForKeysAsync(IReadOnlyCollection<string> fileKeys, CancellationToken cancellationToken = default)
    {
        if (fileKeys.Count == 0) return new Dictionary<string, Waveform>();
        await using var db = contexts.CreateDbContext();
        var keys = fileKeys.Distinct().ToArray();
        return await db.AudioWaveforms.AsNoTracking().Where(w => keys.Contains(w.FileKey))
            .ToDictionaryAsync(w => w.FileKey, w => new Waveform(w.DurationMs, w.Peaks), cancellationToken);
    }
}
