namespace ProducersAvenue.Tests.Integration.Security;

/// <summary>
/// THE POLICY MATRIX: who may select, insert, update and delete in every table, run cell by cell against PostgreSQL by
/// <see cref="EveryTableFollowsThePolicyMatrix"/>. A table in the database that is missing here fails that test, so a
/// new table adds its line here (and its probe in <see cref="SecurityWorld.Probes"/>): see docs/decisions/080.
/// </summary>
/// <remarks>
/// Callers: <c>anon</c> (signed out), <c>A</c> (owns the row; private profile), <c>B</c> (another member), <c>M</c>
/// (A's mutual connection), <c>admin</c> (by user_profiles.role), <c>jobs</c> (the pa_jobs role, no member).
/// Rows: select = A's row is visible; update/delete = A's row changes; insert = a new row belonging to A (for tables
/// without owners: a new row). A cell lists the callers who succeed; "-" means nobody.
/// </remarks>
public static class PolicyMatrix
{
    public const string Everyone = "anon A B M admin";

    public static readonly IReadOnlyDictionary<string, Expected> Tables = new Dictionary<string, Expected>
    {
        //                                      select                      insert             update             delete
        ["public.user_profiles"] = new(         "A M admin",                "-",               "A admin",         "admin"),
        ["public.followers"] = new(             Everyone,                   "A",               "-",               "A admin"),
        ["public.posts"] = new(                 "A M admin",                "A",               "A admin",         "A admin"),
        ["public.post_likes"] = new(            Everyone,                   "A",               "-",               "A admin"),
        ["public.poll_votes"] = new(            Everyone,                   "A",               "A",               "A admin"),
        ["public.comments"] = new(              "A M admin",                "A",               "A admin",         "A admin"),
        ["public.comment_likes"] = new(         Everyone,                   "A",               "-",               "A admin"),
        ["public.tags"] = new(                  Everyone,                   "admin",           "admin",           "admin"),
        ["public.categories"] = new(            Everyone,                   "admin",           "admin",           "admin"),
        ["public.genres"] = new(                Everyone,                   "admin",           "admin",           "admin"),
        ["public.skills"] = new(                Everyone,                   "admin",           "admin",           "admin"),
        ["public.user_categories"] = new(       Everyone,                   "A admin",         "A admin",         "A admin"),
        ["public.user_genres"] = new(           Everyone,                   "A admin",         "A admin",         "A admin"),
        ["public.user_skills"] = new(           Everyone,                   "A admin",         "A admin",         "A admin"),
        ["public.custom_field_requests"] = new( "A admin",                  "A",               "admin",           "admin"),
        ["public.subscriptions"] = new(         "A admin jobs",             "-",               "jobs",            "-"),
        ["public.wallets"] = new(               "A admin jobs",             "-",               "jobs",            "-"),
        ["public.payouts"] = new(               "A admin jobs",             "jobs",            "jobs",            "-"),
        ["public.transactions"] = new(          "A admin jobs",             "jobs",            "jobs",            "-"),
        ["public.groups"] = new(                "A admin",                  "A",               "A admin",         "A admin"),
        ["public.group_members"] = new(         "A admin",                  "A admin",         "A admin",         "A admin"),
        ["public.group_posts"] = new(           "A admin",                  "A",               "A admin",         "A admin"),
        ["public.group_post_likes"] = new(      "A admin",                  "A",               "-",               "A admin"),
        ["public.group_post_comments"] = new(   "A admin",                  "A",               "A admin",         "A admin"),
        ["public.products"] = new(              "A admin",                  "A",               "A admin",         "A admin"),
        ["public.product_likes"] = new(         Everyone,                   "A",               "-",               "A admin"),
        ["public.product_views"] = new(         "A admin",                  "-",               "-",               "-"),
        ["public.service_views"] = new(         "A admin",                  "-",               "-",               "-"),
        ["public.services"] = new(              "A admin",                  "A",               "A admin",         "A admin"),
        ["public.orders"] = new(                "A admin jobs",             "jobs",            "A jobs",          "-"),
        ["public.webinars"] = new(              "A admin",                  "A",               "A admin",         "A admin"),
        ["public.webinar_registrations"] = new( "A",                        "A",               "-",               "A"),
        ["public.reviews"] = new(               Everyone,                   "A",               "A",               "A admin"),
        ["public.conversation_members"] = new(  "A",                        "A",               "A",               "A"),
        ["public.conversations"] = new(         "A",                        "A",               "A",               "-"),
        ["public.messages"] = new(              "A",                        "A",               "A",               "A"),
        ["public.notifications"] = new(         "A",                        "B admin jobs",    "A",               "A"),
        ["public.articles"] = new(              "A admin",                  "A",               "A admin",         "A admin"),
        ["public.reports"] = new(               "A admin",                  "A",               "admin",           "admin"),
        ["public.report_abuse_tracking"] = new( "A admin",                  "admin",           "admin",           "admin"),
        ["public.email_outbox"] = new(          "admin jobs",               Everyone + " jobs", "jobs",           "-"),
        ["public.platform_settings"] = new(     Everyone + " jobs",         "-",               "-",               "-"),
        ["public.audio_waveforms"] = new(       Everyone,                   "A",               "-",               "A admin"),
        ["public.__EFMigrationsHistory"] = new( "-",                        "-",               "-",               "-"),
        ["public.product_acquisitions"] = new(  "A admin jobs",             "-",               "-",               "-"),
        ["public.review_helpful_marks"] = new(  "A",                        "A",               "-",               "A"),
        ["public.ledger_postings"] = new(       "A admin jobs",             "jobs",            "-",               "-"),
        ["public.ledger_entries"] = new(        "A admin jobs",             "jobs",            "-",               "-"),
        ["public.payment_events"] = new(        "admin jobs",               "jobs",            "-",               "-"),
        ["public.order_events"] = new(          "A admin jobs",             "jobs",            "-",               "-"),
        ["public.user_blocks"] = new(           "A admin",                  "A",               "-",               "A"),
        ["public.user_mutes"] = new(            "A",                        "A",               "-",               "A"),
        ["public.notification_preferences"] = new( "A jobs",                "A jobs",          "A jobs",          "A"),
        ["public.notification_digest_items"] = new( "A jobs",               "B M admin jobs",  "-",               "jobs"),
        ["public.retired_usernames"] = new(     "admin",                    "-",               "-",               "-"),
        ["auth.users"] = new(                   "A",                        "-",               "A",               "-"),
        ["auth.roles"] = new(                   "-",                        "-",               "-",               "-"),
        ["auth.role_claims"] = new(             "-",                        "-",               "-",               "-"),
        ["auth.user_roles"] = new(              "-",                        "-",               "-",               "-"),
        ["auth.user_claims"] = new(             "-",                        "-",               "-",               "-"),
        ["auth.user_logins"] = new(             "-",                        "-",               "-",               "-"),
        ["auth.user_tokens"] = new(             "-",                        "-",               "-",               "-"),
        ["auth.user_passkeys"] = new(           "-",                        "-",               "-",               "-"),
    };
}

/// <summary>One table's line: the callers that succeed at each operation.</summary>
public sealed record Expected(string Select, string Insert, string Update, string Delete)
{
    public bool Allows(Operation operation, string caller)
    {
        var cell = operation switch
        {
            Operation.Select => Select,
            Operation.Insert => Insert,
            Operation.Update => Update,
            _ => Delete,
        };
        return cell.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(caller);
    }
}
