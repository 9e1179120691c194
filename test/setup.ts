// jest-dom matchers are only meaningful in jsdom tests (files with the @jest-environment jsdom docblock).
import '@testing-library/jest-dom';
