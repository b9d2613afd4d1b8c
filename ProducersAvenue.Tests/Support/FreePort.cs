using System.Net;
using System.Net.Sockets;

namespace ProducersAvenue.Tests.Support;

public static class FreePort
{
    /// <summary>A TCP port on the loopback interface that nothing listens on right now.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
