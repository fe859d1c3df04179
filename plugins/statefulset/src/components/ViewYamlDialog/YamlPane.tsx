import { useEffect, useRef, type ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { alpha, makeStyles } from '@material-ui/core/styles';
import type { LineDifferences } from '../../lib/differenceLines';

const useStyles = makeStyles(theme => ({
  code: {
    margin: 0,
    maxHeight: '60vh',
    overflow: 'auto',
    fontFamily: 'monospace',
    fontSize: theme.typography.body2.fontSize,
    backgroundColor: theme.palette.background.default,
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
  },
  line: {
    paddingRight: theme.spacing(1),
    whiteSpace: 'pre',
    borderLeft: '3px solid transparent',
  },
  differs: {
    backgroundColor: alpha(theme.palette.warning.main, 0.2),
    borderLeftColor: theme.palette.warning.main,
  },
  selected: {
    backgroundColor: alpha(theme.palette.warning.main, 0.45),
  },
  lineNumber: {
    display: 'inline-block',
    minWidth: '3.5em',
    paddingRight: theme.spacing(1),
    textAlign: 'right',
    color: theme.palette.text.secondary,
    userSelect: 'none',
  },
}));

/** Props of {@link YamlPane}. */
export interface YamlPaneProps {
  title: ReactNode;
  /** Accessible name of the code region, e.g. `Live YAML`. */
  label: string;
  /** The YAML; when absent, `placeholder` is shown instead. */
  text?: string;
  placeholder?: ReactNode;
  differences: LineDifferences;
  /** Difference path whose lines are scrolled to and emphasized. */
  selectedPath?: string;
}

/**
 * Renders one side of the View YAML dialog: numbered YAML lines in a scrollable
 * monospace block, with the lines of differing fields marked.
 */
export function YamlPane(props: YamlPaneProps) {
  const { title, label, text, placeholder, differences, selectedPath } = props;
  const classes = useStyles();
  const codeRef = useRef<HTMLPreElement>(null);

  useEffect(() => {
    if (!selectedPath || !codeRef.current) {
      return;
    }
    const first = codeRef.current.querySelector('[data-selected="true"]');
    // jsdom has no scrollIntoView.
    first?.scrollIntoView?.({ block: 'center' });
  }, [selectedPath]);

  return (
    <Box>
      <Typography variant="subtitle2" component="h3" gutterBottom>
        {title}
      </Typography>
      {text === undefined ? (
        placeholder
      ) : (
        <pre className={classes.code} ref={codeRef} aria-label={label}>
          {text
            .replace(/\n$/, '')
            .split('\n')
            .map((line, index) => {
              const lineNumber = index + 1;
              const paths = differences.get(lineNumber);
              const selected = Boolean(
                selectedPath && paths?.includes(selectedPath),
              );
              const className = [
                classes.line,
                paths ? classes.differs : '',
                selected ? classes.selected : '',
              ].join(' ');

              return (
                <div
                  key={lineNumber}
                  className={className}
                  title={paths ? `Differs: ${paths.join(', ')}` : undefined}
                  data-differs={paths ? 'true' : undefined}
                  data-selected={selected ? 'true' : undefined}
                >
                  <span className={classes.lineNumber}>{lineNumber}</span>
                  {line}
                </div>
              );
            })}
        </pre>
      )}
    </Box>
  );
}
