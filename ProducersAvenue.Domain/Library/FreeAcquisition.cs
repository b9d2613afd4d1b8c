namespace ProducersAvenue.Domain.Library;

/// <summary>A free product in the member's library: its licence reference, and whether it was there already (a second "Get it free").</summary>
public sealed record FreeAcquisition(string Reference, bool AlreadyOwned);
