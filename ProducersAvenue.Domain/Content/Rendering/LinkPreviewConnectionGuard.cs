using System.Net;
using System.Net.Sockets;

namespace ProducersAvenue.Domain.Content.Rendering;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/> of the link-preview client: resolves the host itself, refuses
/// unless every address is public (<see cref="AddressClassifier"/>) or the host:port is allow-listed, then connects to
/// one of exactly those checked addresses. A name that resolves differently a moment later (DNS rebinding) cannot slip
/// past, because the socket is opened to the checked address, never to the name.
/// </summary>
public sealed class LinkPreviewConnectionGuard(
    LinkPreviewOptions options,
    Func<IPEndPoint, CancellationToken, ValueTask<Stream>>? openConnection = null)
{
    private readonly Func<IPEndPoint, CancellationToken, ValueTask<Stream>> _open = openConnection ?? OpenSocketAsync;

    /// <summary>The handler the link-preview <see cref="HttpClient"/> must be built on: no proxy, no cookies, no automatic redirects.</summary>
    public static SocketsHttpHandler CreateHandler(
        LinkPreviewOptions options, Func<IPEndPoint, CancellationToken, ValueTask<Stream>>? openConnection = null) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
        PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        MaxResponseHeadersLength = 64,
        ConnectCallback = new LinkPreviewConnectionGuard(options, openConnection).ConnectAsync,
    };

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var port = context.DnsEndPoint.Port;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (addresses.Length == 0) throw new LinkPreviewRefusedException($"{host} does not resolve.");
        if (!options.IsAllowListed(host, port) && addresses.FirstOrDefault(a => !AddressClassifier.IsPublic(a)) is { } refused)
            throw new LinkPreviewRefusedException($"{host} resolves to the non-public address {refused}.");

        Exception? last = null;
        foreach (var address in addresses)
        {
            try
            {
                return await _open(new IPEndPoint(address, port), cancellationToken);
            }
            catch (SocketException e)
            {
                last = e;
            }
        }
        throw last!;
    }

    /// <summary>The default way to open the connection: a TCP socket to exactly this endpoint.</summary>
    public static async ValueTask<Stream> OpenSocketAsync(IPEndPoint endpoint, CancellationToken cancellationToken)
    {
        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endpoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
