using System.Text;
using ProducersAvenue.Web.Hosting;

namespace ProducersAvenue.Tests.Unit.Hosting;

/// <summary><see cref="FormNulRemoval.WithoutNul"/>: what a URL-encoded form body keeps once its NUL bytes are dropped.</summary>
public sealed class FormBodiesLoseTheirNulBytes
{
    [Theory]
    [InlineData("a=b", "a=b")]
    [InlineData("name=nul%00name&x=1", "name=nulname&x=1")]
    [InlineData("a=%00%00%00", "a=")]
    [InlineData("typed=%2500", "typed=%2500")]
    [InlineData("a=%41%0a%20", "a=%41%0a%20")]
    [InlineData("odd=%0", "odd=%0")]
    [InlineData("odd=%zz00", "odd=%zz00")]
    [InlineData("raw=a\0b", "raw=ab")]
    public void Only_nul_bytes_go(string body, string expected)
    {
        var bytes = Encoding.ASCII.GetBytes(body);

        var length = FormNulRemoval.WithoutNul(bytes);

        Assert.Equal(expected, Encoding.ASCII.GetString(bytes, 0, length));
    }
}
