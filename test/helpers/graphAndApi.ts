import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startTestApi, type TestApi } from "./api.js";
import { resetDatabase, testDriver } from "./neo4j.js";

/**
 * For a test file whose every test starts from an empty graph: the test database,
 * emptied before each test, and the real API over it. Call at the file's top level;
 * `driver` and `api` are there once its tests run.
 */
export function emptyGraphAndApi(): { readonly driver: Driver; readonly api: TestApi } {
  const handles = {} as { driver: Driver; api: TestApi };
  beforeAll(async () => {
    handles.driver = testDriver();
    handles.api = await startTestApi(handles.driver);
  });
  afterAll(async () => {
    await handles.api.stop();
    await handles.driver.close();
  });
  beforeEach(() => resetDatabase(handles.driver));
  return handles;
}
