using System.Net;

namespace ProducersAvenue.Domain.Storage;

/// <summary>
/// The file store could not do what was asked (refused credentials, an outage): an operations problem, not a member's
/// mistake, so it is thrown rather than returned. <see cref="Status"/> is the store's HTTP answer when it gave one.
/// </summary>
public sealed class FileStorageException(string message, HttpStatusCode? status = null, Exception? inner = null) : IOException(message, inner)
{
    public HttpStatusCode? Status { get; } = status;
}
