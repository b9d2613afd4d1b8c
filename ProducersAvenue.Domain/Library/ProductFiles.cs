namespace ProducersAvenue.Domain.Library;

/// <summary>
/// Product files are private files of this kind (<c>PrivateFiles.SaveAsync(ProductFiles.Kind, …)</c>, stored under
/// <c>private-product/{seller}/…</c>); <c>products.file_urls</c> holds their keys (or URLs the storage made for them).
/// Previews (thumbnail, images, audio, video) are public files.
/// </summary>
public static class ProductFiles
{
    public const string Kind = Marketplace.ProductUploads.FileKind;
}
