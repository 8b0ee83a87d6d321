// What a frontend writes against the generated types: if the document changes a field these use, this stops
// compiling (deploy/clients runs tsc on it in the build).
import type { components, paths } from "../target/typescript/plantrack";

type Task = components["schemas"]["TaskView"];
type Plan = components["schemas"]["PlanView"];
type Problem = components["schemas"]["Problem"];
type TaskAnswer = paths["/api/v1/tasks/{id}"]["get"]["responses"][200]["content"]["application/json"];

export function describe(task: Task, plan: Plan): string {
  // Required fields are never null; the others may be (the document says so).
  const parent: string | null | undefined = task.parentId;
  const percent: number = task.progressPercent;
  return `${plan.number}: ${task.code} ${task.title} (${task.status}, ${percent}%)${parent ? " ⊂ " + parent : ""}`;
}

export function refusal(problem: Problem): string {
  return `${problem.status} ${problem.title}${problem.detail ? ": " + problem.detail : ""}`;
}

export const answerIsTask = (answer: TaskAnswer): Task => answer;
