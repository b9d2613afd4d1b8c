using Microsoft.AspNetCore.Components;
using QRCoder;

namespace ProducersAvenue.Web.Components.Account;

/// <summary>
/// The QR code an authenticator app scans to add the member's key (decision 167): the <c>otpauth://</c> URI drawn by
/// QRCoder as inline SVG on the server — no script, no image request carrying the secret — black on white with its quiet
/// zone, so phones read it in either theme.
/// </summary>
public static class AuthenticatorQrCode
{
    /// <summary>Modules of 4 px: a 41–49 module code is 164–196 px, which phone cameras read at arm's length.</summary>
    private const int PixelsPerModule = 4;

    public static MarkupString Svg(string otpauthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        return new MarkupString(new SvgQRCode(data).GetGraphic(PixelsPerModule));
    }
}
