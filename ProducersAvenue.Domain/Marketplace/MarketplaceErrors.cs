using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>Expected failures of products and services (docs/decisions/018: codes <c>marketplace.*</c>, PascalCase field keys).</summary>
public static partial class MarketplaceErrors
{
    public static Error ListingIllegalTransition(ListingStatus from, ListingStatus to) => new("marketplace.listing_illegal_transition",
        $"A listing that is {StatusText.Words(from)} cannot become {StatusText.Words(to)}.");

    public static readonly Error ProductNotFound = new("marketplace.product_not_found", "That product was not found.");
    public static readonly Error OwnProductLike = new("marketplace.own_product_like", "You cannot like your own listing.");
    public static readonly Error ProductDeleted = new("marketplace.product_deleted", "A deleted listing cannot be changed.");

    public static readonly Error TitleRequired = new("marketplace.title_required", "Give the product a title.", nameof(SaveProductCommand.Title));
    public static Error TitleTooLong(int max) => new("marketplace.title_too_long", $"Keep the title within {max:N0} characters.", nameof(SaveProductCommand.Title));
    public static readonly Error TitleNeedsLetters = new("marketplace.title_needs_letters",
        "Use at least one letter from a to z or a digit in the title.", nameof(SaveProductCommand.Title));
    public static readonly Error TitleTaken = new("marketplace.title_taken",
        "Another product on Producers Avenue already has this title. Choose another title.", nameof(SaveProductCommand.Title));
    /// <summary>The title's address belongs to a listing that kept it through a rename (its address stays, decision 140).</summary>
    public static Error TitleAddressTaken(string slug) => new("marketplace.title_address_taken",
        $"Another product keeps the address this title would take (/market/products/{slug}). Choose another title.", nameof(SaveProductCommand.Title));
    public static Error DescriptionTooLong(int max) => new("marketplace.description_too_long",
        $"Keep the description within {max:N0} characters.", nameof(SaveProductCommand.Description));

    public static readonly Error PriceRequired = new("marketplace.price_required", "Enter a price, or make the product free.", nameof(SaveProductCommand.Price));
    public static readonly Error PriceNegative = new("marketplace.price_negative", "A price cannot be negative.", nameof(SaveProductCommand.Price));
    public static readonly Error PriceTooPrecise = new("marketplace.price_too_precise", "Use at most two decimals (cents).", nameof(SaveProductCommand.Price));
    public static Error PriceBelowMinimum(decimal minimum) => new("marketplace.price_below_minimum",
        $"A paid listing costs at least {minimum:$0.00}. Make it free instead, or raise the price.", nameof(SaveProductCommand.Price));
    public static Error PriceTooHigh(decimal maximum) => new("marketplace.price_too_high",
        $"A price can be at most {maximum:$#,0.00}.", nameof(SaveProductCommand.Price));
    public static readonly Error PriceLeavesNothing = new("marketplace.price_leaves_nothing",
        "At this price the fees would take more than the sale: raise the price.", nameof(SaveProductCommand.Price));

    public static readonly Error MinimumPriceRequired = new("marketplace.minimum_price_required",
        "Enter the lowest price buyers may pay.", nameof(SaveProductCommand.MinimumPrice));
    public static Error MinimumPriceTooLow(decimal minimum) => new("marketplace.minimum_price_too_low",
        $"The lowest price buyers may pay is at least {minimum:$0.00}.", nameof(SaveProductCommand.MinimumPrice));
    public static readonly Error MinimumPriceTooPrecise = new("marketplace.minimum_price_too_precise",
        "Use at most two decimals (cents).", nameof(SaveProductCommand.MinimumPrice));
    public static readonly Error MinimumAbovePrice = new("marketplace.minimum_above_price",
        "The minimum cannot be above the suggested price.", nameof(SaveProductCommand.MinimumPrice));

    public static readonly Error LicenseTextRequired = new("marketplace.license_text_required",
        "Write the terms of your custom licence.", nameof(SaveProductCommand.LicenseText));
    public static Error LicenseTextTooLong(int max) => new("marketplace.license_text_too_long",
        $"Keep the licence terms within {max:N0} characters.", nameof(SaveProductCommand.LicenseText));

    public static readonly Error ExclusiveSoldKeepsItsLicence = new("marketplace.exclusive_sold_keeps_its_licence",
        "A member bought this exclusive licence: the listing keeps it, and stays off sale.", nameof(SaveProductCommand.LicenseType));

    public static readonly Error ExclusiveSoldKeepsItsPrice = new("marketplace.exclusive_sold_keeps_its_price",
        "A member bought this exclusive licence: the listing keeps the price it had when it sold.", nameof(SaveProductCommand.Price));

    public static readonly Error HeldProductCannotBecomeExclusive = new("marketplace.held_product_cannot_become_exclusive",
        "Members already hold this product, so it can no longer be sold as an exclusive.", nameof(SaveProductCommand.LicenseType));

    public static readonly Error ExclusiveSold = new("marketplace.exclusive_sold",
        "A member bought this exclusive licence, so the listing cannot go on sale again.");

    public static readonly Error ProductKindRequired = new("marketplace.product_kind_required",
        "Choose what this is: a beat, a sample pack, presets …", nameof(SaveProductCommand.ProductKind));
    public static readonly Error CategoryRequired = new("marketplace.category_required", "Choose a category.", nameof(SaveProductCommand.CategoryId));
    public static readonly Error CategoryUnknown = new("marketplace.category_unknown", "Choose a category from the list.", nameof(SaveProductCommand.CategoryId));
    public static Error TooManyTags(int max) => new("marketplace.too_many_tags", $"Use at most {max} tags.", nameof(SaveProductCommand.Tags));
    /// <summary>
    /// The refused tag is quoted shortened to <see cref="QuotedTagLength"/> characters: a pasted paragraph (the field keeps
    /// up to 400) was repeated whole in the message under it.
    /// </summary>
    public static Error TagInvalid(string tag) => new("marketplace.tag_invalid",
        $"\"{PlainText.Shorten(tag, QuotedTagLength)}\" is not a tag: use letters, digits and _ (up to 30).", nameof(SaveProductCommand.Tags));
    /// <summary>The most characters of a refused tag <see cref="TagInvalid"/> quotes, its ellipsis included.</summary>
    public const int QuotedTagLength = 30;
    public static Error TooManyGenres(int max) => new("marketplace.too_many_genres", $"Choose at most {max} genres.", nameof(SaveProductCommand.GenreTags));
    public static readonly Error GenreUnknown = new("marketplace.genre_unknown", "Choose genres from the list.", nameof(SaveProductCommand.GenreTags));

    public static Error BpmOutOfRange(int min, int max) => new("marketplace.bpm_out_of_range",
        $"BPM is between {min} and {max}.", nameof(ProductTechnicalDetails.Bpm));
    public static readonly Error KeyUnknown = new("marketplace.key_unknown", "Choose a key from the list.", nameof(ProductTechnicalDetails.Key));
    public static readonly Error SampleRateUnknown = new("marketplace.sample_rate_unknown",
        "Choose a sample rate from the list.", nameof(ProductTechnicalDetails.SampleRateHz));
    public static readonly Error BitDepthUnknown = new("marketplace.bit_depth_unknown", "Choose a bit depth from the list.", nameof(ProductTechnicalDetails.BitDepth));
    public static Error LengthOutOfRange(int maxSeconds) => new("marketplace.length_out_of_range",
        $"The length is between 1 second and {maxSeconds / 3600} hours.", nameof(ProductTechnicalDetails.LengthSeconds));
    public static Error FormatTooLong(int max) => new("marketplace.format_too_long",
        $"Keep the DAW / format within {max:N0} characters.", nameof(ProductTechnicalDetails.Format));

    public static readonly Error ImageInvalid = new("marketplace.image_invalid", "Upload the images again.", nameof(SaveProductCommand.PreviewImages));
    public static Error TooManyImages(int max) => new("marketplace.too_many_images", $"Add at most {max} preview images.", nameof(SaveProductCommand.PreviewImages));
    public static readonly Error ThumbnailInvalid = new("marketplace.thumbnail_invalid", "Upload the thumbnail again.", nameof(SaveProductCommand.ThumbnailUrl));
    public static readonly Error PreviewAudioInvalid = new("marketplace.preview_audio_invalid",
        "Upload the preview audio again.", nameof(SaveProductCommand.PreviewAudioUrl));
    public static readonly Error PreviewVideoInvalid = new("marketplace.preview_video_invalid",
        "Upload the preview video again.", nameof(SaveProductCommand.PreviewVideoUrl));
    public static readonly Error FilesInvalid = new("marketplace.files_invalid", "Upload the product files again.", nameof(SaveProductCommand.Files));
    public static Error TooManyFiles(int max) => new("marketplace.too_many_files", $"Add at most {max} product files.", nameof(SaveProductCommand.Files));
    public static readonly Error FilesRequiredToPublish = new("marketplace.files_required_to_publish",
        "Add at least one product file before publishing.", nameof(SaveProductCommand.Files));

    public static readonly Error UploadEmpty = new("marketplace.upload_empty", "The file is empty.");
    public static Error UploadTooLarge(string what, long maxBytes) => new("marketplace.upload_too_large",
        $"{what} can be up to {ContentErrors.FormatSize(maxBytes)}.");
    public static readonly Error PreviewAudioUnsupported = new("marketplace.preview_audio_unsupported",
        "The preview must be an MP3, WAV or OGG file.", nameof(SaveProductCommand.PreviewAudioUrl));
    public static readonly Error PreviewAudioUndecodable = new("marketplace.preview_audio_undecodable",
        "This preview could not be played: it is not a complete MP3, WAV or Ogg Vorbis file. Export it again and retry.",
        nameof(SaveProductCommand.PreviewAudioUrl));
    public static readonly Error PreviewVideoUnsupported = new("marketplace.preview_video_unsupported",
        "The preview video must be an MP4 or WebM file.", nameof(SaveProductCommand.PreviewVideoUrl));
    public static readonly Error PreviewVideoMalformed = new("marketplace.preview_video_malformed",
        "This video could not be read: it is not a complete MP4 or WebM file. Export it again and retry.",
        nameof(SaveProductCommand.PreviewVideoUrl));
    public static Error FileTypeUnsupported(string name) => new("marketplace.file_type_unsupported",
        $"{name}: products can be ZIP, WAV, MP3, FLAC, AIFF, OGG, MIDI or preset files (.fxp, .fxb, .nmsv, .vital).", nameof(SaveProductCommand.Files));
    public static Error FileBytesMismatch(string name) => new("marketplace.file_bytes_mismatch",
        $"{name}: the file's contents are not what its name says.", nameof(SaveProductCommand.Files));
    public static Error FileIncomplete(string name) => new("marketplace.file_incomplete",
        $"{name} is not a complete archive: it does not open. Make it again and upload it once more.", nameof(SaveProductCommand.Files));

    // Services (ServiceListingService, decision 160). Package fields are keyed Package1Name, Package2Price, … (1-based).
    public static readonly Error ServiceNotFound = new("marketplace.service_not_found", "The service was not found.");
    public static readonly Error ServiceTitleRequired = new("marketplace.service_title_required", "Give the service a title.", "Title");
    public static Error ServiceTitleTooLong(int max) => new("marketplace.service_title_too_long", $"Keep the title within {max:N0} characters.", "Title");
    public static readonly Error ServiceTitleNeedsLetters = new("marketplace.service_title_needs_letters",
        "Use at least one letter from a to z or a digit in the title.", "Title");
    public static readonly Error ServiceTitleTaken = new("marketplace.service_title_taken",
        "A service with this title already exists. Choose another title.", "Title");
    public static Error ServiceDescriptionTooLong(int max) => new("marketplace.service_description_too_long",
        $"Keep the description within {max:N0} characters.", "Description");
    public static Error ServiceRequirementsTooLong(int max) => new("marketplace.service_requirements_too_long",
        $"Keep the buyer requirements within {max:N0} characters.", "BuyerRequirements");
    public static readonly Error ServiceCategoryUnknown = new("marketplace.service_category_unknown", "Choose one of the categories.", "CategoryId");
    public static Error ServiceTooManyGenres(int max) => new("marketplace.service_too_many_genres", $"Pick at most {max} genres.", "GenreTags");
    public static readonly Error ServiceGenreUnknown = new("marketplace.service_genre_unknown", "Choose genres from the list.", "GenreTags");
    public static readonly Error ServiceNoPackage = new("marketplace.service_no_package", "Add at least one package.", "Packages");
    public static Error ServiceTooManyPackages(int max) => new("marketplace.service_too_many_packages", $"A service has at most {max} packages.", "Packages");
    public static Error PackageNameRequired(int index) => new("marketplace.package_name_required", "Name the package.", PackageField(index, "Name"));
    public static Error PackageNameTooLong(int index, int max) => new("marketplace.package_name_too_long",
        $"Keep the package name within {max:N0} characters.", PackageField(index, "Name"));
    public static Error PackageNameDuplicate(int index) => new("marketplace.package_name_duplicate",
        "Two packages cannot share a name.", PackageField(index, "Name"));
    public static Error PackagePriceTooLow(int index, decimal minimum) => new("marketplace.package_price_too_low",
        $"A package costs at least ${minimum:0.00}.", PackageField(index, "Price"));
    public static Error PackagePriceTooHigh(int index, decimal maximum) => new("marketplace.package_price_too_high",
        $"A package costs at most {maximum:$#,0.00}.", PackageField(index, "Price"));
    public static Error PackagePriceInvalid(int index) => new("marketplace.package_price_invalid",
        "Enter a price in dollars and cents.", PackageField(index, "Price"));
    public static Error PackagePriceLeavesNothing(int index) => new("marketplace.package_price_leaves_nothing",
        "At this price the fees are more than the price. Ask for more.", PackageField(index, "Price"));
    public static Error PackageDeliveryDays(int index, int min, int max) => new("marketplace.package_delivery_days",
        $"Delivery takes {min} to {max} days.", PackageField(index, "DeliveryDays"));
    public static Error PackageRevisions(int index, int max) => new("marketplace.package_revisions",
        $"Offer 0 to {max} revisions, or unlimited.", PackageField(index, "Revisions"));
    public static Error PackageTooManyFeatures(int index, int max) => new("marketplace.package_too_many_features",
        $"List at most {max} features per package.", PackageField(index, "Features"));
    public static Error PackageFeatureTooLong(int index, int max) => new("marketplace.package_feature_too_long",
        $"Keep each feature within {max:N0} characters.", PackageField(index, "Features"));
    public static Error PortfolioTooMany(int max) => new("marketplace.portfolio_too_many", $"Show at most {max} samples.", "Portfolio");
    public static readonly Error PortfolioInvalid = new("marketplace.portfolio_invalid", "A sample is not one of your uploads.", "Portfolio");
    public static readonly Error PortfolioEmpty = new("marketplace.portfolio_empty", "The file is empty.", "Portfolio");
    public static Error PortfolioTooLarge(long maxBytes) => new("marketplace.portfolio_too_large",
        $"Keep samples under {maxBytes / (1024 * 1024)} MB.", "Portfolio");
    public static readonly Error PortfolioUnsupported = new("marketplace.portfolio_unsupported",
        "Upload an image (JPEG, PNG, WebP, GIF) or audio (MP3, WAV, OGG); this file is neither.", "Portfolio");
    public static readonly Error PortfolioAudioUndecodable = new("marketplace.portfolio_audio_undecodable",
        "This sample could not be played: it is not a complete MP3, WAV or Ogg Vorbis file. Export it again and retry.", "Portfolio");

    /// <summary>The field key of one input of the package at 0-based <paramref name="index"/>: <c>Package1Price</c>.</summary>
    public static string PackageField(int index, string part) => $"Package{index + 1}{part}";

    // Featured listings (decision 175): codes featured.*.
    public static readonly Error FeaturedListingNotFound = new("featured.listing_not_found", "That listing was not found.");
    public static readonly Error FeaturedNotListed = new("featured.not_listed", "Only a listing on sale can be featured. Publish it first.");

    /// <summary>At or over the plan's limit; <paramref name="why"/> is <see cref="Featuring.FeaturedAllowance.LimitText"/>, which names the plan that features more.</summary>
    public static Error FeaturedLimitReached(string why) => new("featured.limit_reached", why);
}
