using MediaLit.Articles;

namespace MediaLit.Tests;

public class TextSpanTests
{
    [Theory]
    [InlineData(-1, 0)]
    [InlineData(-5, -5)]
    [InlineData(int.MinValue, 3)]
    public void A_span_cannot_start_before_the_text(int start, int end)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(start, end));
        Assert.Equal("start", error.ParamName);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 9)]
    [InlineData(int.MaxValue, 0)]
    public void A_span_cannot_end_before_it_starts(int start, int end)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(start, end));
        Assert.Equal("end", error.ParamName);
    }

    [Theory]
    [InlineData(0, 0, "")]
    [InlineData(15, 15, "")]
    [InlineData(0, 3, "The")]
    [InlineData(4, 9, "Truth")]
    [InlineData(10, 15, "About")]
    [InlineData(0, 15, "The Truth About")]
    public void Of_returns_the_characters_from_start_up_to_but_not_including_end(int start, int end, string expected)
    {
        Assert.Equal(expected, new TextSpan(start, end).Of("The Truth About"));
    }

    [Theory]
    [InlineData(0, 16)]
    [InlineData(16, 16)]
    [InlineData(14, 20)]
    public void Of_refuses_a_span_that_runs_past_the_text(int start, int end)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(start, end).Of("The Truth About"));
    }

    [Fact]
    public void Of_refuses_a_null_text()
    {
        Assert.Throws<ArgumentNullException>(() => new TextSpan(0, 0).Of(null!));
    }

    [Theory]
    [InlineData(3, 3, 0, true)]
    [InlineData(3, 7, 4, false)]
    [InlineData(0, 1, 1, false)]
    public void Length_and_IsEmpty_follow_from_the_ends(int start, int end, int length, bool empty)
    {
        var span = new TextSpan(start, end);
        Assert.Equal(length, span.Length);
        Assert.Equal(empty, span.IsEmpty);
    }

    [Theory]
    [InlineData(2, 2, 2, false)] // an empty span holds nothing
    [InlineData(2, 5, 1, false)]
    [InlineData(2, 5, 2, true)] // start is inside
    [InlineData(2, 5, 4, true)]
    [InlineData(2, 5, 5, false)] // end is outside
    public void A_position_is_contained_from_start_up_to_but_not_including_end(int start, int end, int position, bool expected)
    {
        Assert.Equal(expected, new TextSpan(start, end).Contains(position));
    }

    [Theory]
    [InlineData(2, 5, 2, 2, true)] // an empty span at the start
    [InlineData(2, 5, 5, 5, true)] // an empty span at the end
    [InlineData(2, 5, 2, 5, true)] // itself
    [InlineData(2, 5, 3, 4, true)]
    [InlineData(2, 5, 1, 4, false)]
    [InlineData(2, 5, 3, 6, false)]
    [InlineData(2, 5, 6, 6, false)]
    public void A_span_contains_the_spans_that_lie_within_its_ends(int start, int end, int otherStart, int otherEnd, bool expected)
    {
        Assert.Equal(expected, new TextSpan(start, end).Contains(new TextSpan(otherStart, otherEnd)));
    }

    [Theory]
    [InlineData(2, 5, 5, 8, false)] // touching at the end: end is exclusive
    [InlineData(2, 5, 0, 2, false)] // touching at the start
    [InlineData(2, 5, 3, 3, false)] // an empty span overlaps nothing
    [InlineData(2, 5, 4, 8, true)]
    [InlineData(2, 5, 0, 3, true)]
    [InlineData(2, 5, 3, 4, true)]
    [InlineData(2, 5, 0, 9, true)]
    public void Spans_overlap_only_when_they_share_a_character(int start, int end, int otherStart, int otherEnd, bool expected)
    {
        var a = new TextSpan(start, end);
        var b = new TextSpan(otherStart, otherEnd);
        Assert.Equal(expected, a.Overlaps(b));
        Assert.Equal(expected, b.Overlaps(a));
    }

    [Fact]
    public void Spans_with_the_same_ends_are_equal_and_print_as_start_dash_end()
    {
        Assert.Equal(new TextSpan(4, 9), new TextSpan(4, 9));
        Assert.NotEqual(new TextSpan(4, 9), new TextSpan(4, 10));
        Assert.Equal("4-9", new TextSpan(4, 9).ToString());
    }
}
