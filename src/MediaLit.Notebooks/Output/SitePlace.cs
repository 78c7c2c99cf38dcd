namespace MediaLit.Notebooks.Output;

/// <summary>Which site a page belongs to. The teacher site shows solutions and teacher notes, and says so on every page.</summary>
public enum SiteEdition
{
    Student,
    Teacher,
}

/// <summary>A lesson next to this one in the site: its page and its title.</summary>
internal sealed record LessonLink(string File, string Title);

/// <summary>Where a page stands in its site: the edition, and the lessons before and after it (null at the ends).</summary>
internal sealed record SitePlace(SiteEdition Edition, LessonLink? Previous, LessonLink? Next);
