namespace ProducersAvenue.Web.Components.Shared;

/// <summary>
/// Browser-side length caps (<c>maxlength</c>) of interactive text boxes. Every text box has one, so no paste can grow a
/// circuit message past the hub's receive limit (<c>SignalR:MaximumReceiveMessageSize</c>, decision 060) and drop the
/// connection. Long texts allow one character more than their rule, so an over-long paste shows the rule's message at
/// the field instead of being cut silently; the services stay the judges.
/// </summary>
public static class TextLimits
{
    /// <summary>The cap for a text whose rule is "at most <paramref name="max"/> characters".</summary>
    public static int Over(int max) => max + 1;

    /// <summary>Number boxes (prices, BPM, days, lengths): no number they accept is longer.</summary>
    public const int Number = 16;

    /// <summary>
    /// The longest text a box takes (a listing's description or licence): the hub's receive limit is set so that this
    /// many characters, each escaped to its widest and sent twice by a change, fit one message (decision 060).
    /// </summary>
    public const int LongestText = 20_000;

    /// <summary>Search queries: longer ones find nothing more.</summary>
    public const int SearchQuery = 200;

    /// <summary>
    /// The sign-in name (an email address, at most 254 characters, or a username): a longer paste names no account, and the
    /// passkey script would put it in an address too long for the server (414).
    /// </summary>
    public const int SignInName = 256;
}
