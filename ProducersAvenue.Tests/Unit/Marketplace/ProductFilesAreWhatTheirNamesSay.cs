using System.Text;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Unit.Marketplace;

/// <summary>Product files and preview audio are judged by their bytes: the name says what the file claims, the signature decides.</summary>
public sealed class ProductFilesAreWhatTheirNamesSay
{
    public static byte[] Wav() => [.. "RIFF"u8, 36, 0, 0, 0, .. "WAVEfmt "u8, 16, 0, 0, 0, 1, 0, 1, 0];
    public static byte[] Mp3Frame() => [0xFF, 0xFB, 0x90, 0x64, 0, 0, 0, 0];
    /// <summary>A small ZIP archive that opens, with one file in it.</summary>
    public static byte[] Zip()
    {
        using var bytes = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(bytes, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var entry = new StreamWriter(archive.CreateEntry("readme.txt").Open()))
            entry.Write("Kit notes");
        return bytes.ToArray();
    }

    /// <summary>A ZIP's signature with junk behind it: no archive opens from it.</summary>
    public static byte[] BrokenZip() => [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 8, 0];

    [Theory]
    [InlineData("beat.wav", "wav")]
    [InlineData("Beat.WAV", "wav")]
    [InlineData("kit.zip", "zip")]
    [InlineData("loop.mp3", "mp3")]
    [InlineData("song.mid", "midi")]
    [InlineData("bank.fxp", "fxp")]
    [InlineData("bass.nmsv", "nmsv")]
    [InlineData("lead.vital", "vital")]
    public void A_product_file_claims_the_format_of_its_extension(string name, string type) =>
        Assert.Equal(type, ProductFileFormat.Claimed(name)?.Type);

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("page.html")]
    [InlineData("noextension")]
    public void Other_kinds_of_files_are_not_products(string name) => Assert.Null(ProductFileFormat.Claimed(name));

    [Fact]
    public void Matching_bytes_pass()
    {
        Assert.True(ProductFileFormat.Wav.Matches(Wav()));
        Assert.True(ProductFileFormat.Mp3.Matches(Mp3Frame()));
        Assert.True(ProductFileFormat.Mp3.Matches("ID3\u0004\0\0\0\0\0\0"u8));
        Assert.True(ProductFileFormat.Zip.Matches(Zip()));
        Assert.True(ProductFileFormat.Flac.Matches("fLaC\0\0\0\u0022"u8));
        Assert.True(ProductFileFormat.Midi.Matches("MThd\0\0\0\u0006"u8));
        Assert.True(ProductFileFormat.Fxp.Matches("CcnK\0\0\0\0FxCk"u8));
        Assert.True(ProductFileFormat.Vital.Matches(" {\"preset_name\":\"x\"}"u8));
        Assert.True(ProductFileFormat.Nmsv.Matches([0x00, 0x13, 0x37, 0x42, 0x99]));
    }

    [Fact]
    public void Bytes_of_another_kind_under_a_products_name_are_refused()
    {
        Assert.False(ProductFileFormat.Wav.Matches(TestImages.Png(2, 2)));
        Assert.False(ProductFileFormat.Zip.Matches(Wav()));
        Assert.False(ProductFileFormat.Mp3.Matches(Encoding.ASCII.GetBytes("<script>alert(1)</script>")));
        Assert.False(ProductFileFormat.Midi.Matches(Zip()));
        Assert.False(ProductFileFormat.Nmsv.Matches("MZ\u0090\0"u8));
        Assert.False(ProductFileFormat.Nmsv.Matches(Encoding.ASCII.GetBytes("  <html>")));
        Assert.False(ProductFileFormat.Nmsv.Matches(Zip()));
        Assert.False(ProductFileFormat.Mp3.Matches([0xFF, 0xFF, 0xFF, 0xFF]));
    }

    [Fact]
    public void Preview_audio_is_mp3_wav_or_ogg_by_its_bytes()
    {
        Assert.Equal(MediaFormat.Wav, ListingAudio.Detect(Wav()));
        Assert.Equal(MediaFormat.Mp3, ListingAudio.Detect(Mp3Frame()));
        Assert.Equal(MediaFormat.Ogg, ListingAudio.Detect([.. "OggS"u8, 0, 2, .. new byte[20], 1, 0x1E, 0x01, .. "vorbis"u8]));
        Assert.Null(ListingAudio.Detect("fLaC\0\0\0\u0022"u8));
        Assert.Null(ListingAudio.Detect(TestImages.Png(2, 2)));
    }

    [Fact]
    public void The_form_names_each_kind_of_product_file_once()
    {
        Assert.Equal("ZIP, WAV, MP3, OGG, FLAC, AIFF, MIDI, FXP, FXB, NMSV or VITAL", ProductFileFormat.AcceptedProductTypes);
    }

    [Fact]
    public void A_zip_opens_only_when_its_archive_reads()
    {
        var zip = ProductFileFormat.Claimed("kit.zip")!;
        Assert.True(zip.Opens(new MemoryStream(Zip())));
        Assert.False(zip.Opens(new MemoryStream(BrokenZip())));
        Assert.True(ProductFileFormat.Claimed("beat.wav")!.Opens(new MemoryStream(BrokenZip()))); // other formats: by signature
    }
}
