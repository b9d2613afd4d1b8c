using System.Text.RegularExpressions;

namespace ProducersAvenue.Domain.Common;

/// <summary>
/// What an email address a member types must look like, for every form that takes one (the account forms, the PayPal
/// address a payout goes to): a mailbox's shape, not the framework's "one @ somewhere" (which took "&lt;script&gt;@x.test"):
/// a local part of letters, digits and the marks addresses use, without leading, trailing or doubled dots; a domain of at
/// least two labels of letters, digits and inner hyphens — no address literal like "[127.0.0.1]". Letters of any script are
/// allowed on both sides; an emoji is not a letter.
/// </summary>
public static partial class EmailShape
{
    public static bool IsMailbox(string? text) => text is not null && Shape().IsMatch(text);

    [GeneratedRegex(@"^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$")]
    private static partial Regex Shape();
}
