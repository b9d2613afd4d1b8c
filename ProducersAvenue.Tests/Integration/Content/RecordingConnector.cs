using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using ProducersAvenue.Domain.Content.Rendering;

namespace ProducersAvenue.Tests.Integration.Content;

/// <summary>
/// The test's "open a socket" hook for <c>LinkPreviewConnectionGuard</c>: records every endpoint the guard decided to
/// connect to, and — as a safety net for this machine — refuses to open anything but loopback.
/// </summary>
public sealed class RecordingConnector
{
    private readonly ConcurrentQueue<IPEndPoint> _attempts = new();

    public IReadOnlyCollection<IPEndPoint> Attempts => _attempts;

    public ValueTask<Stream> OpenAsync(IPEndPoint endpoint, CancellationToken cancellationToken)
    {
        _attempts.Enqueue(endpoint);
        if (!IPAddress.IsLoopback(endpoint.Address))
            throw new SocketException((int)SocketError.AccessDenied);
        return LinkPreviewConnectionGuard.OpenSocketAsync(endpoint, cancellationToken);
    }
}
