using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace ProducersAvenue.Tests.Integration.Content;

/// <summary>
/// The test's "open a socket" hook for <c>LinkPreviewConnectionGuard</c>: records every endpoint the guard decided to
/// connect to, and — as a safety net for this machine — refuses to open anything but loopback.
/// </summary>
public sealed class RecordingConnector
{
    private readonly ConcurrentQueue<IPEndPoint> _attempts = new();

    public IReadOnlyCollection<IPEndPoint> Attempts => _attempts;

    public async ValueTask<Stream> OpenAsync(IPEndPoint endpoint, CancellationToken cancellationToken)
    {
        _attempts.Enqueue(endpoint);
        if (!IPAddress.IsLoopback(endpoint.Address))
            throw new SocketException((int)SocketError.AccessDenied);
        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
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
