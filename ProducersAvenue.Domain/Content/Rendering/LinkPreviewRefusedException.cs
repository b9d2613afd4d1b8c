namespace ProducersAvenue.Domain.Content.Rendering;

/// <summary>Thrown inside the HTTP handler when a link-preview connection would reach a non-public address.</summary>
internal sealed class LinkPreviewRefusedException(string message) : Exception(message);
