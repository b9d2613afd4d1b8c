using System.Linq.Expressions;
using Microsoft.AspNetCore.Components.Forms;

namespace ProducersAvenue.Web.Components.Account.Shared;

/// <summary>
/// Which field of a form the server sent back refused takes the keyboard focus: the first one, in the page's order, that
/// holds a message, by its <c>autofocus</c>. A screen reader then reads that field, "invalid entry" and the message its
/// <see cref="FieldError{TValue}"/> shows (the field's aria-describedby names it), and typing goes where it is needed. The
/// account pages are static: the browser focuses an autofocus field as the page loads, and Blazor's FocusOnNavigate, which
/// moves the focus to the h1 only when nothing has it, leaves it there (without one, a refused form opened on its heading
/// and its errors were heard only by tabbing through it).
/// <para>
/// The page asks <see cref="Is{T}"/> of each field as it draws it, in the page's order, one field per input:
/// <c>autofocus="@firstInvalid.Is(() => Input.Email)"</c>. The first field asked that holds a message is the one until the
/// form's messages change.
/// </para>
/// </summary>
public sealed class FirstInvalidField
{
    private readonly EditContext _form;
    private FieldIdentifier? _chosen;

    public FirstInvalidField(EditContext form)
    {
        _form = form;
        form.OnValidationStateChanged += (_, _) => _chosen = null;
    }

    public bool Is<TValue>(Expression<Func<TValue>> field) => Is(FieldIdentifier.Create(field));

    private bool Is(FieldIdentifier field)
    {
        if (_chosen is null && _form.GetValidationMessages(field).Any()) _chosen = field;
        return _chosen is { } chosen && chosen.Equals(field);
    }
}
