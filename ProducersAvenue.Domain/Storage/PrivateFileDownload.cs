namespace ProducersAvenue.Domain.Storage;

/// <summary>A private file opened through its link: the bytes, its storage key and the name the browser saves it as.</summary>
public sealed record PrivateFileDownload(Stream Content, string Key, string DownloadName);
