namespace ProducersAvenue.Domain.Library;

/// <summary>What the "Get it free" button shows the viewer for one product.</summary>
public enum GetItFreeStatus
{
    /// <summary>Signed out: a prompt to sign in.</summary>
    SignInRequired,
    /// <summary>A free product the member may add to their library.</summary>
    Available,
    /// <summary>Already in the member's library (<see cref="GetItFreeState.Reference"/> names the licence).</summary>
    Owned,
    /// <summary>The member's own product, or one that is not free or not on sale: no button.</summary>
    Unavailable,
}

/// <summary>The button's state, the licence reference when owned, and the product's title when the viewer may see the product.</summary>
public sealed record GetItFreeState(GetItFreeStatus Status, string? Reference = null, string? ProductTitle = null);
