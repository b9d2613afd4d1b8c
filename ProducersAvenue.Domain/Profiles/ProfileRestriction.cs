namespace ProducersAvenue.Domain.Profiles;

/// <summary>
/// A row of the view <c>profile_restrictions</c> (decision 126): a profile that keeps some readers out — banned, or not
/// public — with only what the services' visibility rules test. The view reads past the profiles' read policy, so a
/// rule that checks "is the author restricted?" for every row of a list costs a probe per row instead of running the
/// policy's per-row function for every restricted profile. Read-only; only the visibility predicates use it.
/// </summary>
public sealed class ProfileRestriction
{
    public Guid UserId { get; init; }
    public bool IsBanned { get; init; }
    public ProfileVisibility ProfileVisibility { get; init; }
}
