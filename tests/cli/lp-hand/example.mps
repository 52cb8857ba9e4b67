NAME          EXAMPLE
ROWS
 N obj
 L r0
 L r1
COLUMNS
 x obj -3 r0 1
 x r1 1
 y obj -2 r0 1
 y r1 3
RHS
 rhs r0 4
 rhs r1 9
BOUNDS
 UP bnd x 3
ENDATA
