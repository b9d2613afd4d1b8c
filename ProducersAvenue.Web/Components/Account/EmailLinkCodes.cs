using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace ProducersAvenue.Web.Components.Account;

/// <summary>
/// The tokens in emailed links (confirm email, change email, reset password) travel base64url-encoded; a hand-edited
/// or truncated link must give "this link is not valid", never an exception.
/// </summary>
public static class EmailLinkCodes
{
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static bool TryDecode(string? code, out string token)
    {
        token = "";
        if (string.IsNullOrEmpty(code)) return false;
        try
        {
            token = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(WebEncoders.Base64UrlDecode(code));
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return false;
        }
    }
}
