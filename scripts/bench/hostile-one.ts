/**
 * One row of the hostile-input table, timed in a fresh process: `hostile-one.ts INDEX quick|full`
 * prints the row as JSON. Run by hostile.ts for each task in turn (never two at once).
 */
import { allHostileTasks, timeTask } from './hostile.js';

const [index, mode] = process.argv.slice(2);
const task = (await allHostileTasks())[Number(index)];
if (!task) throw new Error(`no hostile task ${index}`);
process.stdout.write(`${JSON.stringify(await timeTask(task, { quick: mode === 'quick' }))}\n`);
