using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content.Rendering;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Domain.Social;

/// <summary>Full-text post search (ranked, highlighted) and member search (names, skills, genres). Pages by offset.</summary>
public sealed class SearchService(IDbContextFactory<AppDbContext> contexts, ICurrentUser viewer, IMarkdownRenderer renderer,
    TimeProvider clock, IOptions<SocialOptions> options)
{
    // Private-use characters mark the matches inside ts_headline's plain-text output; they are stripped from the
    // content first, so after HTML-escaping everything only these markers become <b>…</b>.
    private const string StartMark = "\uE000";
    private const string StopMark = "\uE001";
    private const string HeadlineOptions = "StartSel=\uE000, StopSel=\uE001, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";
    private readonly SocialOptions _options = options.Value;

    public async Task<KeysetPage<PostView>> PostsAsync(string? q, string? cursor = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(q)) return KeysetPage<PostView>.Empty;
        var text = q.Trim();
        var offset = Offset(cursor);
        var size = _options.FeedPageSize;
        await using var db = contexts.CreateDbContext();

        // 1. The page's ids: rank only the newest SearchCandidates matches. Ranking every match of a common word would
        //    read a large part of the table; the newest N come from the created_at index (common words) or the GIN
        //    index (rare words), whichever the planner finds cheaper.
        var ids = await db.Posts.AsNoTracking()
            .Where(p => p.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("english", text)))
            .VisibleTo(db, viewer)
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

        // 2. Those posts with author, viewer state and the highlighted excerpt (ts_headline only for the page).
        var page = db.Posts.AsNoTracking().Where(p => ids.Contains(p.Id));
        var headlines = page.Select(p => new
        {
            p.Id,
            Headline = EF.Functions.WebSearchToTsQuery("english", text)
                .GetResultHeadline(p.Content!.Replace(StartMark, "").Replace(StopMark, ""), HeadlineOptions),
        });
        var rows = await (
                from r in page.Rows(db, viewer.UserId)
                join h in headlines on r.Id equals h.Id
                select new { Row = r, h.Headline })
            .ToListAsync(cancellationToken);
        var order = ids.Select((id, index) => (id, index)).ToDictionary(x => x.id, x => x.index);
        var now = clock.GetUtcNow();
        return new KeysetPage<PostView>(
            rows.OrderBy(x => order[x.Row.Id]).Select(x => x.Row.ToView(viewer, renderer, now, HighlightToHtml(x.Headline))).ToList(),
            more ? (offset + ids.Count).ToString(CultureInfo.InvariantCulture) : null);
    }

    /// <summary>Members whose username starts with, or display name, skill or genre contains, the text.</summary>
    public async Task<KeysetPage<MemberResult>> MembersAsync(string? q, string? cursor = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(q)) return KeysetPage<MemberResult>.Empty;
        var text = EscapeLike(Slug.CollapseWhitespace(q).TrimStart('@'));
        var prefix = text + "%";
        var contains = "%" + text + "%";
        var offset = Offset(cursor);
        var size = _options.ListPageSize;
        var me = viewer.UserId;
        var signedIn = me is not null;
        var admin = viewer.IsAdmin;
        await using var db = contexts.CreateDbContext();
        // Candidates from three indexed paths (trigram indexes on username and display name; the small skills and
        // genres tables, then user_skills/user_genres by id), united, so no condition forces a scan of every profile.
        var byName = db.UserProfiles
            .Where(p => EF.Functions.ILike(p.Username, prefix, "\\") || (p.DisplayName != null && EF.Functions.ILike(p.DisplayName, contains, "\\")))
            .Select(p => p.UserId);
        var bySkill = db.UserSkills
            .Where(us => db.Skills.Any(s => s.Id == us.SkillId && s.IsAdminApproved && EF.Functions.ILike(s.Name, contains, "\\")))
            .Select(us => us.UserId);
        var byGenre = db.UserGenres
            .Where(ug => db.Genres.Any(g => g.Id == ug.GenreId && EF.Functions.ILike(g.Name, contains, "\\")))
            .Select(ug => ug.UserId);
        var candidates = byName.Union(bySkill).Union(byGenre);
        var rows = await db.UserProfiles.AsNoTracking()
            .Where(p => candidates.Contains(p.UserId))
            .Where(p => !p.IsBanned)
            .Where(p => admin || p.UserId == me || p.ProfileVisibility == ProfileVisibility.Public ||
                        (signedIn && p.ProfileVisibility == ProfileVisibility.MembersOnly))
            .OrderByDescending(p => EF.Functions.ILike(p.Username, prefix, "\\")).ThenByDescending(p => p.FollowersCount).ThenBy(p => p.Username)
            .Select(p => new
            {
                p.UserId, p.Username, p.DisplayName, p.AvatarUrl, p.Bio, p.FollowersCount,
                ViewerFollows = db.Followers.Any(f => f.FollowerId == me && f.FollowingId == p.UserId),
                FollowsViewer = db.Followers.Any(f => f.FollowerId == p.UserId && f.FollowingId == me),
            })
            .Skip(offset).Take(size + 1).ToListAsync(cancellationToken);
        var more = rows.Count > size;
        if (more) rows.RemoveAt(rows.Count - 1);
        return new KeysetPage<MemberResult>(rows.Select(r => new MemberResult(
                new AuthorView(r.UserId, r.Username, string.IsNullOrWhiteSpace(r.DisplayName) ? r.Username : r.DisplayName, r.AvatarUrl),
                r.Bio is { Length: > 160 } bio ? bio[..160] + "…" : r.Bio, r.FollowersCount, r.UserId == me, r.ViewerFollows, r.ViewerFollows && r.FollowsViewer))
            .ToList(), more ? (offset + rows.Count).ToString(CultureInfo.InvariantCulture) : null);
    }

    /// <summary>ts_headline output → HTML: everything escaped, then only the match markers become &lt;b&gt;.</summary>
    internal static string HighlightToHtml(string? headline) =>
        string.IsNullOrEmpty(headline) ? "" : WebUtility.HtmlEncode(headline).Replace(StartMark, "<b>", StringComparison.Ordinal).Replace(StopMark, "</b>", StringComparison.Ordinal);

    private static int Offset(string? cursor) =>
        cursor is not null && int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : 0;

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}

public sealed record MemberResult(AuthorView Member, string? Bio, int FollowersCount, bool IsViewer, bool ViewerFollows, bool Connected);
