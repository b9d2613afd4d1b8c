using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Rendering;

namespace ProducersAvenue.Web.Components.Account.Shared;

/// <summary>
/// A password box that binds like <see cref="InputText"/> but never writes what was typed back into the page: a form
/// answered again (a failed sign-in, a taken username) would otherwise carry the password in its HTML, where a cache, a
/// saved page or anyone reading the source finds it. The member types it again.
/// </summary>
public sealed class PasswordInput : InputText
{
    /// <summary>
    /// The password was refused by something other than its field's own rules (a failed sign-in): marked invalid though
    /// the form's validation holds no message for it (<see cref="InputBase{TValue}"/> drops an <c>aria-invalid</c> passed
    /// in then).
    /// </summary>
    [Parameter] public bool Refused { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "input");
        builder.AddMultipleAttributes(1, AdditionalAttributes);
        if (Refused) builder.AddAttribute(8, "aria-invalid", "true");
        builder.AddAttribute(2, "type", "password");
        if (!string.IsNullOrEmpty(NameAttributeValue)) builder.AddAttribute(3, "name", NameAttributeValue);
        if (!string.IsNullOrEmpty(CssClass)) builder.AddAttribute(4, "class", CssClass);
        builder.AddAttribute(5, "value", "");
        builder.AddAttribute(6, "onchange", EventCallback.Factory.CreateBinder<string?>(this, value => CurrentValueAsString = value, ""));
        builder.AddElementReferenceCapture(7, element => Element = element);
        builder.CloseElement();
    }
}
