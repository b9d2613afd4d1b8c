using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Web.Components.Shared;

namespace ProducersAvenue.Tests.Unit.Hosting;

/// <summary>
/// A name from an address or a select (<c>kind=products</c>, an admin's status filter) is one of the enum's names in any
/// case, or no filter: a number, which <c>Enum.TryParse</c> would take even where no member has it, is none.
/// </summary>
public sealed class QueryNamesAreOnlyTheEnumsNames
{
    [Theory]
    [InlineData("Products", StorefrontKind.Products)]
    [InlineData("products", StorefrontKind.Products)]
    [InlineData("MENTORING", StorefrontKind.Mentoring)]
    public void A_name_in_any_case_is_its_member(string text, StorefrontKind expected) =>
        Assert.Equal(expected, QueryValue.Name<StorefrontKind>(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("77")]
    [InlineData("-1")]
    [InlineData("Products,Services")]
    [InlineData(" products")]
    [InlineData("Prod\0ucts")]
    public void Anything_else_is_no_filter(string? text) => Assert.Null(QueryValue.Name<StorefrontKind>(text));
}
