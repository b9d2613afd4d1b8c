using System.Net.Http.Headers;

namespace ProducersAvenue.Web.Hosting;

/// <summary>
/// A NUL byte in a posted HTML form (the account pages are static forms) is dropped before anything reads the form.
/// ASP.NET's form reader refuses a URL-encoded form whose values decode to a NUL ("The form value contains invalid
/// characters"), so the antiforgery check fails and the visitor gets an empty 400: the page and everything they typed
/// are gone. Without the NUL the page validates what is left and answers with its usual messages beside the fields.
/// PostgreSQL cannot store NUL either; every other character is left to the pages and <c>TextInput.Clean</c>.
/// </summary>
public static class FormNulRemoval
{
    /// <summary>Larger URL-encoded bodies pass untouched (a browser's form post of typed text is far smaller).</summary>
    private const int MaxBody = 4 * 1024 * 1024;

    public static IApplicationBuilder UseFormNulRemoval(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method) && request.ContentLength is > 0 and <= MaxBody &&
            MediaTypeHeaderValue.TryParse(request.ContentType, out var type) &&
            string.Equals(type.MediaType, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            var body = new byte[(int)request.ContentLength.Value];
            await request.Body.ReadExactlyAsync(body, context.RequestAborted);
            var length = WithoutNul(body);
            request.Body = new MemoryStream(body, 0, length, writable: false);
            request.ContentLength = length;
        }
        await next();
    });

    /// <summary>
    /// Removes every <c>%00</c> escape and raw NUL byte from a URL-encoded body in place and returns the new length. An
    /// escaped percent sign stays as it is: <c>%2500</c> is the typed text "%00", not a NUL.
    /// </summary>
    public static int WithoutNul(Span<byte> body)
    {
        var write = 0;
        for (var read = 0; read < body.Length; read++)
        {
            var b = body[read];
            if (b == 0) continue;
            if (b == (byte)'%' && read + 2 < body.Length && IsHex(body[read + 1]) && IsHex(body[read + 2]))
            {
                if (body[read + 1] != (byte)'0' || body[read + 2] != (byte)'0')
                {
                    body[write++] = b;
                    body[write++] = body[read + 1];
                    body[write++] = body[read + 2];
                }
                read += 2;
                continue;
            }
            body[write++] = b;
        }
        return write;
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);
}
