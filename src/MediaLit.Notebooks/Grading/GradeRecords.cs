namespace MediaLit.Notebooks.Grading;

/// <summary>How one exercise of one student went. <see cref="Verdict"/> is the check's own word, or what stopped it.</summary>
/// <param name="Verdict">right, partly right, not yet, no answer, cannot check; or failed, not run, cell deleted.</param>
public sealed record ExerciseGrade(string Id, string Title, string Verdict, string Feedback);

/// <summary>A student's answer to a reflection question (<c>&lt;!-- answer 01.R2 --&gt;</c> cells); empty when unanswered.</summary>
public sealed record ReflectionAnswer(string Id, string Text);

/// <summary>One student's notebook: its grades and answers, or the problem that kept it from being graded.</summary>
public sealed record GradedNotebook(string Student, string Notebook, string? Problem, IReadOnlyList<ExerciseGrade> Exercises, IReadOnlyList<ReflectionAnswer> Answers);

/// <summary>The class: every notebook of every student, in name order.</summary>
public sealed record ClassReport(IReadOnlyList<GradedNotebook> Notebooks);
