using System.Net;
using ProducersAvenue.Domain.Content.Rendering;

namespace ProducersAvenue.Tests.Unit.Content;

/// <summary>The classifier alone, as a table: no socket is opened and no name is resolved.</summary>
public sealed class AddressClassifierTests
{
    [Theory]
    // loopback
    [InlineData("127.0.0.1")]
    [InlineData("127.255.255.254")]
    [InlineData("::1")]
    // private
    [InlineData("10.0.0.1")]
    [InlineData("10.255.255.255")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456:789a::1")]
    // link-local, cloud metadata
    [InlineData("169.254.169.254")]
    [InlineData("169.254.0.1")]
    [InlineData("fe80::1")]
    [InlineData("febf::1")]
    // CGNAT
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.255")]
    // unspecified and "this network"
    [InlineData("0.0.0.0")]
    [InlineData("0.1.2.3")]
    [InlineData("::")]
    // multicast and broadcast
    [InlineData("224.0.0.1")]
    [InlineData("239.255.255.250")]
    [InlineData("255.255.255.255")]
    [InlineData("ff02::1")]
    [InlineData("ff0e::1")]
    // documentation, benchmarking, reserved
    [InlineData("192.0.2.1")]
    [InlineData("198.51.100.7")]
    [InlineData("203.0.113.9")]
    [InlineData("198.18.0.1")]
    [InlineData("198.19.255.255")]
    [InlineData("192.0.0.8")]
    [InlineData("240.0.0.1")]
    [InlineData("2001:db8::1")]
    [InlineData("3fff::1")]
    [InlineData("2001::1")]
    [InlineData("100::1")]
    [InlineData("fec0::1")]
    // IPv4 inside IPv6: judged as the IPv4 address
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a00:1")]
    [InlineData("64:ff9b::7f00:1")]
    [InlineData("2002:a00:1::1")]
    [InlineData("2002:7f00:1::1")]
    [InlineData("::127.0.0.1")]
    [InlineData("::ffff:0:7f00:1")]
    public void Refuses_a_non_public_address(string address) =>
        Assert.False(AddressClassifier.IsPublic(IPAddress.Parse(address)), address);

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.0")]
    [InlineData("169.253.255.255")]
    [InlineData("192.169.0.1")]
    [InlineData("223.255.255.255")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("2a00:1450:4001:80b::200e")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2002:808:808::1")]
    public void Accepts_a_public_address(string address) =>
        Assert.True(AddressClassifier.IsPublic(IPAddress.Parse(address)), address);
}
