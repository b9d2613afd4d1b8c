using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Rendering;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Domain.Social;

/// <summary>Full-text post search (ranked, highlighted) and member search (names, skills, genres). Pages by offset.</summary>
public sealed class SearchService(IDbContextFactory<AppDbContext> contexts, ICurrentUser viewer,
    TimeProvider clock, IOptions<SocialOptions> options, PostWaveforms waveforms)
{
    // Private-use characters mark the matches inside ts_headline's plain-text output; they are stripped from the
    // text first, so after HTML-escaping everything only these markers become <b>…</b>.
    private const string StartMark = "\uE000";
    private const string StopMark = "\uE001";
    private const string HeadlineOptions = "StartSel=\uE000, StopSel=\uE001, HighlightAll=true";
    /// <summary>Characters of plain text in a result's excerpt; longer posts are cut around their first match.</summary>
    internal const int ExcerptLength = 280;
    private readonly SocialOptions _options = options.Value;

    public async Task<KeysetPage<PostView>> PostsAsync(string? q, string? cursor = null, CancellationToken cancellationToken = default)
    {
        q = TextInput.Clean(q);
        if (string.IsNullOrWhiteSpace(q)) return KeysetPage<PostView>.Empty;
        var text = q.Trim();
        var offset = Offset(cursor);
        var size = _options.FeedPageSize;
        await using var db = contexts.CreateDbContext();

        // 1. The page's ids: rank only the newest SearchCandidates matches. Ranking every match of a common word would
        //    read a large part of the table; the newest N come from the created_at index (common words) or the GIN
        //    index (rare words), whichever the planner finds cheaper — read through visible_posts, where the GIN index may
        //    serve "@@" (decision 125). A muted member's posts are left out, as from every feed (decision 205).
        var ids = await db.VisiblePosts().AsNoTracking().NotMuted(viewer)
            .Where(p => p.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("english", text)))
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .Take(_options.SearchCandidates)
            .Select(p => new { p.Id, p.CreatedAt, Rank = p.SearchVector.Rank(EF.Functions.WebSearchToTsQuery("english", text)) })
            .OrderByDescending(x => x.Rank).ThenByDescending(x => x.CreatedAt).ThenByDescending(x => x.Id)
            .Skip(offset).Take(size + 1)
            .Select(x => x.Id)
            .ToListAsync(cancellationToken);
        var more = ids.Count > size;
        if (more) ids.RemoveAt(ids.Count - 1);
        if (ids.Count == 0) return KeysetPage<PostView>.Empty;

        // 2. Those posts with author and viewer state, then 3. their plain text (no Markdown) with every match marked,
        //    for the page only, cut to an excerpt around the first match.
        var rows = await db.VisiblePosts().AsNoTracking().Where(p => ids.Contains(p.Id)).Rows(db, viewer.UserId).ToListAsync(cancellationToken);
        rows = rows.OrderBy(r => ids.IndexOf(r.Id)).ToList();
        var plain = rows.Select(r => PlainText.FromMarkdown(r.Content).Replace(StartMark, "", StringComparison.Ordinal).Replace(StopMark, "", StringComparison.Ordinal)).ToArray();
        var marked = await db.Database.SqlQueryRaw<string>("""
            SELECT ts_headline('english', u.t, websearch_to_tsquery('english', @q), @options) AS "Value"
            FROM unnest(@texts) WITH ORDINALITY AS u(t, n) ORDER BY u.n
            """, new NpgsqlParameter("q", text), new NpgsqlParameter("options", HeadlineOptions), new NpgsqlParameter("texts", plain))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return await waveforms.AttachAsync(new KeysetPage<PostView>(
            rows.Select((r, i) => r.ToView(viewer, now, HighlightToHtml(Excerpt(marked[i])))).ToList(),
            more ? (offset + ids.Count).ToString(CultureInfo.InvariantCulture) : null), cancellationToken);
    }

    /// <summary>
    /// Members whose username starts with the text, or whose display name, category, skill, genre, shown city or shown
    /// country contains it — among the members whose profile the viewer may see (<see cref="MemberQueries.VisibleTo"/>),
    /// never a member with a block between them and the viewer.
    /// </summary>
    public async Task<KeysetPage<MemberResult>> MembersAsync(string? q, string? cursor = null, CancellationToken cancellationToken = default)
    {
        if (MemberQueries.NameSearchText(q) is not { } text) return KeysetPage<MemberResult>.Empty;
        var contains = "%" + text + "%";
        var offset = Offset(cursor);
        var size = _options.ListPageSize;
        var me = viewer.UserId;
        await using var db = contexts.CreateDbContext();
        // Candidates from indexed paths, united, so no condition forces a scan of every profile: trigram indexes on
        // username, display name, city and country; the small categories, skills and genres tables, then their
        // user_* rows by id. City and country count only where the member shows them (location_visibility).
        var byName = db.UserProfiles.NamedLike(text).Select(p => p.UserId);
        var byPlace = db.UserProfiles
            .Where(p => (p.LocationCity != null && EF.Functions.ILike(p.LocationCity, contains, "\\") &&
                         (p.LocationVisibility == LocationVisibility.Exact || p.LocationVisibility == LocationVisibility.City)) ||
                        (p.LocationCountry != null && EF.Functions.ILike(p.LocationCountry, contains, "\\") &&
                         p.LocationVisibility != LocationVisibility.Hidden))
            .Select(p => p.UserId);
        var byCategory = db.UserCategories
            .Where(uc => db.Categories.Any(c => c.Id == uc.CategoryId && EF.Functions.ILike(c.Name, contains, "\\")))
            .Select(uc => uc.UserId);
        var bySkill = db.UserSkills
            .Where(us => db.Skills.Any(s => s.Id == us.SkillId && s.IsAdminApproved && EF.Functions.ILike(s.Name, contains, "\\")))
            .Select(us => us.UserId);
        var byGenre = db.UserGenres
            .Where(ug => db.Genres.Any(g => g.Id == ug.GenreId && EF.Functions.ILike(g.Name, contains, "\\")))
            .Select(ug => ug.UserId);
        var candidates = byName.Union(byPlace).Union(byCategory).Union(bySkill).Union(byGenre);
        var rows = await db.UserProfiles.AsNoTracking()
            .Where(p => candidates.Contains(p.UserId))
            .FindableBy(db, viewer)
            .UsernamesFirst(text).ThenByDescending(p => p.FollowersCount).ThenBy(p => p.Username)
            .Select(p => new
            {
                p.UserId, p.Username, p.DisplayName, p.AvatarUrl, p.Bio, p.FollowersCount,
                ViewerFollows = db.Followers.Any(f => f.FollowerId == me && f.FollowingId == p.UserId),
                Connected = AppDbContext.AreConnected(me, p.UserId),
            })
            .Skip(offset).Take(size + 1).ToListAsync(cancellationToken);
        var more = rows.Count > size;
        if (more) rows.RemoveAt(rows.Count - 1);
        return new KeysetPage<MemberResult>(rows.Select(r => new MemberResult(
                new AuthorView(r.UserId, r.Username, UserProfile.NameOf(r.Username, r.DisplayName), r.AvatarUrl),
                r.Bio is { Length: > 160 } bio ? bio[..160] + "…" : r.Bio, r.FollowersCount, r.UserId == me, r.ViewerFollows, r.Connected))
            .ToList(), more ? (offset + rows.Count).ToString(CultureInfo.InvariantCulture) : null);
    }

    /// <summary>
    /// Whether the text is, case aside and with or without its "@", the username or the display name of a member the
    /// viewer may see (never across a block): a search for that person, which opens on their tab.
    /// </summary>
    public async Task<bool> NamesAMemberAsync(string? q, CancellationToken cancellationToken = default)
    {
        if (MemberQueries.NameSearchText(q) is not { } text) return false;
        await using var db = contexts.CreateDbContext();
        return await db.UserProfiles
            .Where(p => EF.Functions.ILike(p.Username, text, "\\") || (p.DisplayName != null && EF.Functions.ILike(p.DisplayName, text, "\\")))
            .FindableBy(db, viewer)
            .AnyAsync(cancellationToken);
    }

    /// <summary>
    /// The whole marked text when it is short; otherwise about <see cref="ExcerptLength"/> characters from a little before
    /// the first match, cut at spaces and never inside a match, with "…" where text was left out.
    /// </summary>
    internal static string Excerpt(string marked)
    {
        if (marked.Length <= ExcerptLength) return marked;
        var first = Math.Max(0, marked.IndexOf(StartMark, StringComparison.Ordinal));
        var start = first <= ExcerptLength / 4 ? 0 : marked.LastIndexOf(' ', first - ExcerptLength / 4) + 1;
        var end = Math.Min(marked.Length, start + ExcerptLength);
        if (end < marked.Length)
        {
            var space = marked.LastIndexOf(' ', end);
            if (space > first) end = space;
            // Never end between a start and a stop marker.
            var open = marked.LastIndexOf(StartMark, end - 1, StringComparison.Ordinal);
            if (open >= 0 && marked.IndexOf(StopMark, open, StringComparison.Ordinal) is var close && close >= end) end = close + 1;
        }
        return (start > 0 ? "… " : "") + marked[start..end].Trim() + (end < marked.Length ? " …" : "");
    }

    /// <summary>ts_headline output → HTML: everything escaped, then only the match markers become &lt;b&gt;.</summary>
    internal static string HighlightToHtml(string? headline) =>
        string.IsNullOrEmpty(headline) ? "" : WebUtility.HtmlEncode(headline).Replace(StartMark, "<b>", StringComparison.Ordinal).Replace(StopMark, "</b>", StringComparison.Ordinal);

    private static int Offset(string? cursor) =>
        cursor is not null && int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : 0;
}

public sealed record MemberResult(AuthorView Member, string? Bio, int FollowersCount, bool IsViewer, bool ViewerFollows, bool Connected);
